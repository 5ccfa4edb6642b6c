package org.tema.io.transcript;

/**
 * Finds a speaker label set in bold at the start of a Word paragraph: «<b>Berit:</b> Ja, altså...».
 * The paragraph's runs are fed in order with their text and whether they are bold by direct
 * formatting (as POI's {@code XWPFRun.isBold}: a {@code w:b} in the run's own properties, styles not
 * consulted); the label is the bold text before the first plain run that has text.
 */
final class BoldLabel {
    private final StringBuilder bold = new StringBuilder();
    private boolean restIsPlain;

    /** One run of the paragraph, in order. */
    void run(CharSequence text, boolean isBold) {
        if (restIsPlain || text.isEmpty()) {
            return;
        }
        if (isBold) {
            bold.append(text);
        } else {
            restIsPlain = true;
        }
    }

    /** The paragraph with the whole text, labelled when its runs started with a bold label. */
    Paragraph paragraph(String text) {
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
