package org.tema.model;

/**
 * A part of a coded passage that is left out when the passage is quoted: the report prints
 * {@code (...)} in its place. {@code [start, end)} are offsets of the document's text, like the
 * passage's own, and lie inside the passage.
 */
public record Omission(long segmentId, int start, int end) {
    public Omission {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Invalid omission [" + start + ", " + end + ")");
        }
    }

    public TextRange range() {
        return new TextRange(start, end);
    }
}
