package org.tema.model;

/** Converts between Tema's offsets (UTF-16 code units) and Unicode code points. */
public final class Offsets {
    private Offsets() {
    }

    public static int toCodePoints(String text, int utf16Offset) {
        return text.codePointCount(0, utf16Offset);
    }

    /** The UTF-16 offset of the given code point index; throws when it lies beyond the text. */
    public static int fromCodePoints(String text, int codePointOffset) {
        return text.offsetByCodePoints(0, codePointOffset);
    }

    /** True when the offset does not split a surrogate pair. */
    public static boolean isBoundary(String text, int utf16Offset) {
        return utf16Offset <= 0 || utf16Offset >= text.length()
                || !(Character.isHighSurrogate(text.charAt(utf16Offset - 1))
                && Character.isLowSurrogate(text.charAt(utf16Offset)));
    }
}
