package org.tema.io.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming Word reader gives exactly the paragraphs (text and label) that POI's XWPF reading gave. */
class DocxStreamingEquivalenceTest {
    @TempDir
    Path dir;
    private final DocxReader reader = new DocxReader();

    private void assertSameAsXwpf(Path file) throws Exception {
        List<Paragraph> expected = XwpfOracle.read(file);
        assertEquals(expected, reader.read(file), () -> "in " + file);
    }

    @Test
    void generatedDocumentsWithFieldsTrackedChangesAndContentControlsReadAsXwpfReadsThem() throws Exception {
        int labelled = 0;
        StringBuilder all = new StringBuilder();
        for (int seed = 0; seed < 300; seed++) {
            Path f = WordFiles.withDocumentXml(dir.resolve("g" + seed + ".docx"), new RandomWordXml(seed).document());
            assertSameAsXwpf(f);
            for (Paragraph p : reader.read(f)) {
                labelled += p.label() == null ? 0 : 1;
                all.append(p.text()).append('\n');
            }
        }
        assertTrue(labelled > 300, "the generated documents should have many labelled paragraphs, had " + labelled);
        for (String rendered : List.of("\t", "\u2011", "|X|", "|_|", "3.12.2026", " Oslo", " ny", "7 ", "ÆØÅ", "😀", "<ikke tag>")) {
            assertTrue(all.indexOf(rendered) >= 0, "the generated documents should render " + rendered);
        }
        for (String leftOut : List.of("DATE", "FORMCHECKBOX", "PAGE", "Felt")) {
            assertTrue(all.indexOf(leftOut) < 0, leftOut + " should be left out");
        }
    }

    @Test
    void documentsWrittenWithPoiReadAsXwpfReadsThem() throws Exception {
        Random random = new Random(3);
        for (int n = 0; n < 40; n++) {
            try (XWPFDocument doc = new XWPFDocument()) {
                for (int i = 0; i < 15; i++) {
                    switch (random.nextInt(6)) {
                        case 0 -> labelled(doc.createParagraph(), random);
                        case 1 -> mixed(doc.createParagraph(), random);
                        case 2 -> doc.createParagraph(); // empty
                        case 3 -> table(doc, random);
                        case 4 -> hyperlink(doc.createParagraph());
                        default -> doc.createParagraph().createRun().setText("Bjørn: Blåbær og 😀 på kontoret. ");
                    }
                }
                Path f = dir.resolve("poi" + n + ".docx");
                try (var out = Files.newOutputStream(f)) {
                    doc.write(out);
                }
                assertSameAsXwpf(f);
            }
        }
    }

    private static void labelled(XWPFParagraph p, Random random) {
        XWPFRun label = p.createRun();
        label.setBold(random.nextInt(5) != 0);
        label.setText(List.of("Intervjuer:", "Anne:", "Ærlige Åse", "Deltaker 3:").get(random.nextInt(4)));
        XWPFRun rest = p.createRun();
        rest.setText(" Jeg tror det er viktig å møte ungdommen der de er.");
        if (random.nextBoolean()) {
            rest.addTab();
            rest.setText("(ler)", 1);
        }
    }

    private static void mixed(XWPFParagraph p, Random random) {
        XWPFRun a = p.createRun();
        a.setText("Vi møtes ");
        XWPFRun b = p.createRun();
        b.setBold(true);
        b.setText("ofte");
        b.addBreak();
        XWPFRun c = p.createRun();
        c.setCapitalized(random.nextBoolean());
        c.setText(" på kontoret");
        c.addCarriageReturn();
        c.setText("og på chat 👍🏽", 1);
    }

    private static void table(XWPFDocument doc, Random random) {
        XWPFTable t = doc.createTable(1 + random.nextInt(3), 2 + random.nextInt(2));
        for (int r = 0; r < t.getRows().size(); r++) {
            var cells = t.getRow(r).getTableCells();
            for (int c = 0; c < cells.size(); c++) {
                cells.get(c).setText(c == 0 && random.nextBoolean() ? "Berit:" : "Enig, det er sånn det er. " + r + c);
            }
        }
    }

    private static void hyperlink(XWPFParagraph p) {
        XWPFRun label = p.createRun();
        label.setBold(true);
        label.setText("Camilla:");
        p.createRun().setText(" Se ");
        p.createHyperlinkRun("https://example.org/ø").setText("nettsiden");
        p.createRun().setText(" for mer.");
    }

    @Test
    void sampleAndSharedWordFilesReadAsXwpfReadsThem() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("sample-data"), Path.of("/work/shared/interop"))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(p -> p.toString().endsWith(".docx")).forEach(files::add);
                }
            }
        }
        assertFalse(files.isEmpty(), "sample-data should hold Word files");
        for (Path f : files) {
            assertSameAsXwpf(f);
        }
    }

    static Path document(Path dir, String name, String body) throws IOException {
        return WordFiles.withDocumentXml(dir.resolve(name), RandomWordXml.HEAD + body + RandomWordXml.TAIL);
    }
}
