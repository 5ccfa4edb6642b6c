package org.tema.io.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.io.ImportException;

/** The streaming reader finds the main part safely and refuses Word files that are not what they claim. */
class DocxPackageTest {
    private static final String RELS_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    private static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    @TempDir
    Path dir;

    private Path withRelationshipTo(String target) throws Exception {
        Path f = WordFiles.create().paragraph("Anne: Hei.").write(dir.resolve("w.docx"));
        return WordFiles.replaceEntry(f, "_rels/.rels", RELS_HEAD + "<Relationship Id=\"x\" Type=\"http://example.org/other\" Target=\"docProps/app.xml\"/>"
                + "<Relationship Id=\"rId1\" Type=\"" + OFFICE_DOCUMENT + "\" Target=\"" + target + "\"/></Relationships>");
    }

    private static void assertRefused(Path file, String reason) {
        ImportException e = assertThrows(ImportException.class, () -> new DocxReader().read(file));
        assertTrue(e.getMessage().contains("«" + file.getFileName() + "»"), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void theMainPartIsFoundThroughTheRelationshipsWhateverItsName() throws Exception {
        Path f = withRelationshipTo("/word/hoved%20dokument.xml");
        WordFiles.replaceEntry(f, "word/document.xml", RandomWordXml.HEAD + "<w:p>" + RandomWordXml.run("", RandomWordXml.t("hoveddelen")) + "</w:p>" + RandomWordXml.TAIL);
        try (var zip = new java.util.zip.ZipFile(f.toFile())) {
            assertEquals("word/hoved dokument.xml", DocxPackage.mainDocumentName(zip, f));
        }
        Path g = dir.resolve("g.docx");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(f));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(g))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName().equals("word/document.xml") ? "word/hoved dokument.xml" : e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
        assertEquals(List.of(Paragraph.of("hoveddelen")), new DocxReader().read(g));
    }

    @Test
    void aRelationshipPointingOutsideThePackageIsRefused() throws Exception {
        assertRefused(withRelationshipTo("../../../etc/passwd"), "points outside the package");
        assertRefused(withRelationshipTo("file:///etc/passwd"), "points outside the package");
    }

    @Test
    void aMissingMainPartIsRefused() throws Exception {
        assertRefused(withRelationshipTo("word/finnes-ikke.xml"), "main document part is missing");
    }

    @Test
    void aPackageWithoutRelationshipsIsRefused() throws Exception {
        assertRefused(WordFiles.zip(dir.resolve("z.docx"), "[Content_Types].xml", "<Types/>", "word/document.xml", "<x/>"),
                "no package relationships");
    }

    @Test
    void aDoctypeInTheDocumentIsRefusedWithoutReadingTheEntity() throws Exception {
        Path f = WordFiles.withDocumentXml(dir.resolve("xxe.docx"), "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>"
                + "<w:document xmlns:w=\"" + WordXml.W + "\"><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>");
        ImportException e = assertThrows(ImportException.class, () -> new DocxReader().read(f));
        assertTrue(e.getMessage().contains("damaged or is not a Word document"), e.getMessage());
        String hostname = Files.exists(Path.of("/etc/hostname")) ? Files.readString(Path.of("/etc/hostname")).strip() : "";
        assertFalse(!hostname.isEmpty() && e.getMessage().contains(hostname), e.getMessage());
    }

    @Test
    void anExcelWorkbookNamedDocxIsRefused() throws Exception {
        Path f = dir.resolve("regneark.docx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            wb.createSheet("Ark").createRow(0).createCell(0).setCellValue("Anne");
            wb.write(out);
        }
        assertRefused(f, "damaged or is not a Word document");
    }
}
