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
