package org.tema.io.transcript;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.mozilla.universalchardet.UniversalDetector;
import org.tema.io.ImportException;

/**
 * Turns the bytes of a text file into text with LF line endings. A byte order mark decides (UTF-8,
 * UTF-16 LE/BE); otherwise a strict UTF-8 decode is tried first, and when it fails, the charset
 * detector picks a single-byte Western charset (Windows-1252, ISO-8859-1/15). Files that mix valid
 * UTF-8 with broken sequences, and binary files, are refused.
 */
public final class TextDecoder {
    private static final Set<String> WESTERN = Set.of("WINDOWS-1252", "ISO-8859-1", "ISO-8859-15", "IBM850", "MACINTOSH");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** Decodes {@code bytes} read from {@code file} (named in error messages). */
    public static String decode(Path file, byte[] bytes) {
        String text = LineEndings.normalise(decodeRaw(file, bytes));
        if (looksBinary(text)) {
            throw new ImportException(file, "it looks like a binary file, not text");
        }
        return text;
    }

    private static String decodeRaw(Path file, byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return strict(file, b, 3, StandardCharsets.UTF_8, "UTF-8");
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return strict(file, b, 2, StandardCharsets.UTF_16LE, "UTF-16");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return strict(file, b, 2, StandardCharsets.UTF_16BE, "UTF-16");
        }
        for (byte x : b) {
            if (x == 0) {
                throw new ImportException(file, "it looks like a binary file, not text");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException notUtf8) {
            if (hasUtf8Sequence(b)) {
                throw new ImportException(file, "it is not valid UTF-8 text (it mixes UTF-8 with broken or other characters); "
                        + "save it again as UTF-8");
            }
            return strict(file, b, 0, legacyCharset(b), "text in a known character set");
        }
    }

    private static Charset legacyCharset(byte[] b) {
        UniversalDetector detector = new UniversalDetector(null);
        detector.handleData(b, 0, b.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name != null && WESTERN.contains(name.toUpperCase(java.util.Locale.ROOT)) && Charset.isSupported(name)) {
            return "ISO-8859-1".equalsIgnoreCase(name) ? WINDOWS_1252 : Charset.forName(name);
        }
        return WINDOWS_1252; // the legacy charset of Norwegian and English Windows machines
    }

    private static String strict(Path file, byte[] b, int skip, Charset charset, String what) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(file, "it is not valid " + what);
        }
    }

    /** True when the bytes hold at least one well-formed multi-byte UTF-8 sequence. */
    static boolean hasUtf8Sequence(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            int lead = b[i] & 0xFF;
            int n = lead >= 0xF0 && lead <= 0xF4 ? 3 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xC2 && lead <= 0xDF ? 1 : 0;
            if (n == 0) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k <= n && ok; k++) {
                ok = i + k < b.length && (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /** Control characters other than tab, line feed and form feed in more than 1 of 100 characters. */
    static boolean looksBinary(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\f' || c == 0xFFFD || c >= 0x7F && c < 0xA0) {
                control++;
            }
        }
        return control > 0 && control * 100 >= text.length();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
