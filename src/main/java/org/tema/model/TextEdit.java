package org.tema.model;

import java.util.Optional;

/**
 * A change of a transcript's text: the range {@code [start, end)} replaced by {@code replacement}.
 * {@link #adjust} says where a coded range lies after the change, so codings stay on their words.
 */
public record TextEdit(int start, int end, String replacement) {
    public TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid edit range [" + start + ", " + end + ")");
        }
        replacement = replacement == null ? "" : replacement;
    }

    public int delta() {
        return replacement.length() - (end - start);
    }

    public String applyTo(String text) {
        return text.substring(0, start) + replacement + text.substring(end);
    }

    /**
     * Where {@code r} lies after this edit, or empty when the edit removed all of its words.
     * Text inserted before a range shifts it, inside it grows it; a deletion inside shrinks it;
     * a replacement that starts at the range's first letter stays inside the range (a typo fixed);
     * text inserted exactly at either end stays outside.
     */
    public Optional<TextRange> adjust(TextRange r) {
        int a = r.start();
        int b = r.end();
        int d = delta();
        if (end <= a) {
            return Optional.of(new TextRange(a + d, b + d));
        }
        if (start >= b) {
            return Optional.of(r);
        }
        if (start == end) { // insertion strictly inside
            return Optional.of(new TextRange(a, b + d));
        }
        if (start <= a && end >= b) {
            return Optional.empty();
        }
        if (start < a) { // deletion cuts the range's beginning; the replacement lands before it
            return Optional.of(new TextRange(start + replacement.length(), b + d));
        }
        if (end > b) { // deletion cuts the range's end
            return Optional.of(new TextRange(a, start));
        }
        return Optional.of(new TextRange(a, b + d)); // inside
    }
}
