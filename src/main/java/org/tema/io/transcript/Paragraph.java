package org.tema.io.transcript;

/**
 * One paragraph of a transcript as a reader found it. {@code label} is a speaker label that the
 * format marks explicitly (a bold run at the start of a Word paragraph, a WebVTT voice tag); the
 * paragraph's text then starts with it. Subtitle cues carry their timing in milliseconds.
 */
public record Paragraph(String text, String label, Long startMillis, Long endMillis) {
    public Paragraph {
        text = text == null ? "" : text;
        label = label == null || label.isBlank() ? null : label.strip();
    }

    public static Paragraph of(String text) {
        return new Paragraph(text, null, null, null);
    }

    public static Paragraph labelled(String label, String text) {
        return new Paragraph(text, label, null, null);
    }
}
