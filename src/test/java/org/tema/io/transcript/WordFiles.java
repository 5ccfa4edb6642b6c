package org.tema.io.transcript;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Makes small Word files and zip archives for tests. */
public final class WordFiles {
    private final XWPFDocument doc = new XWPFDocument();

    public static WordFiles create() {
        return new WordFiles();
    }

    public WordFiles paragraph(String text) {
        doc.createParagraph().createRun().setText(text);
        return this;
    }

    public WordFiles boldLabel(String label, String text) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun b = p.createRun();
        b.setBold(true);
        b.setText(label);
        p.createRun().setText(text);
        return this;
    }

    public WordFiles styled(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
        return this;
    }

    public WordFiles table(String[][] rows) {
        XWPFTable t = doc.createTable(rows.length, rows[0].length);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                t.getRow(r).getCell(c).setText(rows[r][c]);
            }
        }
        return this;
    }

    public WordFiles headerAndFooter(String header, String footer) {
        doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(header);
        doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(footer);
        return this;
    }

    public XWPFDocument document() {
        return doc;
    }

    public Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        doc.close();
        return file;
    }

    /**
     * A Word file written by POI whose main document part is then replaced by {@code documentXml}
     * (other parts, such as relationships and content types, stay as POI wrote them).
     */
    public static Path withDocumentXml(Path file, String documentXml) throws IOException {
        return replaceEntry(create().paragraph("x").write(file), "word/document.xml", documentXml);
    }

    /** Rewrites a zip archive with one entry's content replaced. */
    public static Path replaceEntry(Path file, String name, String content) throws IOException {
        byte[] original = Files.readAllBytes(file);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(original));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return file;
    }

    /** A zip archive with the given entries (name, content). */
    public static Path zip(Path file, String... namesAndContents) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
