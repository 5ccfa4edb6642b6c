package org.tema.model;

/**
 * A half-open range {@code [start, end)} of a transcript's text.
 *
 * <p>The offset unit of Tema is the UTF-16 code unit of the text as stored (LF line endings), the
 * unit of {@link String#substring} and of JavaFX text controls. A letter outside the Basic
 * Multilingual Plane (an emoji) counts two; a combining mark counts one. Formats that count
 * differently, such as REFI-QDA's Unicode code points, convert at their boundary with
 * {@link Offsets}.
 */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid range [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(TextRange other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(TextRange other) {
        return start <= other.start && other.end <= end;
    }

    public boolean fitsIn(String text) {
        return end <= text.length();
    }
}
