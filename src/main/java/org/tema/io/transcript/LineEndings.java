package org.tema.io.transcript;

/** Normalises CRLF, CR and LF line endings (and Unicode line and paragraph separators) to LF. */
public final class LineEndings {
    private LineEndings() {
    }

    public static String normalise(String s) {
        if (s.indexOf('\r') < 0 && s.indexOf('\u2028') < 0 && s.indexOf('\u2029') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
    }
}
