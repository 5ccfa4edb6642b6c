package org.tema.io.transcript;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Finds a speaker label set in bold at the start of a Word paragraph: «<b>Berit:</b> Ja, altså...». */
final class BoldLabel {
    private BoldLabel() {
    }

    static Paragraph paragraph(XWPFParagraph p) {
        String text = p.getText();
        StringBuilder bold = new StringBuilder();
        boolean restIsPlain = false;
        for (XWPFRun r : p.getRuns()) {
            String t = r.text();
            if (t == null || t.isEmpty()) {
                continue;
            }
            if (!r.isBold()) {
                restIsPlain = true;
                break;
            }
            bold.append(t);
        }
        String label = bold.toString().strip();
        if (label.endsWith(":")) {
            label = label.substring(0, label.length() - 1).strip();
        }
        if (restIsPlain && DocxReader.looksLikeLabel(label) && text.stripLeading().startsWith(label)) {
            return Paragraph.labelled(label, text);
        }
        return Paragraph.of(text);
    }
}
