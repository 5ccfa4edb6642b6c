package org.tema.io.report;

import org.tema.report.ReportData;
import org.tema.report.ReportSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Test helper: writes a report to memory and opens it again with POI. */
final class Docx {
    private Docx() {
    }

    static XWPFDocument write(ReportWriter writer, ReportData data, ReportSettings settings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(data, settings, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    static XWPFDocument open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    /** The texts of the paragraphs of a style, in order. */
    static List<String> texts(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    /** The text of the paragraph right after the first one whose text is {@code text}. */
    static XWPFParagraph after(XWPFDocument doc, String text) {
        List<XWPFParagraph> ps = doc.getParagraphs();
        for (int i = 0; i < ps.size() - 1; i++) {
            if (ps.get(i).getText().equals(text)) {
                return ps.get(i + 1);
            }
        }
        throw new AssertionError("No paragraph «" + text + "»");
    }
}
