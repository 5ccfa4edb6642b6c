package org.tema.io.refi;

import java.util.List;
import org.tema.model.Offsets;

/**
 * A source's text normalised to LF (Tema's stored form) together with the ways to map another
 * program's positions onto it, and the choice of the counting that makes the selections line up
 * with word boundaries best.
 */
public final class AlignedText {
    private final String raw;
    private final String text;
    private final int[] removedBefore;
    private final int[] rawCodePoints;
    private final int[] textCodePoints;

    public AlignedText(String raw) {
        this.raw = raw;
        StringBuilder b = new StringBuilder(raw.length());
        removedBefore = new int[raw.length() + 1];
        int removed = 0;
        for (int i = 0; i < raw.length(); i++) {
            removedBefore[i] = removed;
            char c = raw.charAt(i);
            if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                removed++;
            } else {
                b.append(c == '\r' ? '\n' : c);
            }
        }
        removedBefore[raw.length()] = removed;
        this.text = b.toString();
        this.rawCodePoints = codePointStarts(raw);
        this.textCodePoints = codePointStarts(text);
    }

    /** The text as Tema stores it (LF line endings). */
    public String text() {
        return text;
    }

    /** The offset in {@link #text()} of a position counted this way, or -1 when it lies outside or splits a letter. */
    public int toText(PositionCounting counting, long position) {
        if (position < 0) {
            return -1;
        }
        int at = switch (counting) {
            case CODE_POINTS -> position < rawCodePoints.length ? fromRaw(rawCodePoints[(int) position]) : -1;
            case CODE_POINTS_LF -> position < textCodePoints.length ? textCodePoints[(int) position] : -1;
            case UTF16_UNITS -> position <= raw.length() ? fromRaw((int) position) : -1;
            case UTF16_UNITS_LF -> position <= text.length() ? (int) position : -1;
        };
        return at >= 0 && Offsets.isBoundary(text, at) ? at : -1;
    }

    /**
     * The counting under which the most selection ends fall on word boundaries ({@code ranges} as
     * pairs of start and end); on a tie the standard's code points win.
     */
    public PositionCounting detect(List<long[]> ranges) {
        PositionCounting best = PositionCounting.CODE_POINTS;
        long bestScore = Long.MIN_VALUE;
        for (PositionCounting c : PositionCounting.values()) {
            long score = 0;
            for (long[] r : ranges) {
                int s = toText(c, r[0]);
                int e = toText(c, r[1]);
                score += s < 0 || e < 0 || e < s ? -2 : boundary(s) + boundary(e);
            }
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /** Whether the counting matters at all for this text (it has CRLF or letters outside the BMP). */
    public boolean countingMatters() {
        return raw.length() != text.length() || text.length() != textCodePoints.length - 1;
    }

    private int fromRaw(int rawIndex) {
        return rawIndex - removedBefore[rawIndex];
    }

    private int boundary(int at) {
        if (at == 0 || at == text.length()) {
            return 1;
        }
        return Character.isLetterOrDigit(text.codePointBefore(at)) && Character.isLetterOrDigit(text.codePointAt(at)) ? 0 : 1;
    }

    private static int[] codePointStarts(String s) {
        int n = s.codePointCount(0, s.length());
        int[] starts = new int[n + 1];
        int i = 0;
        for (int k = 0; k < n; k++) {
            starts[k] = i;
            i += Character.charCount(s.codePointAt(i));
        }
        starts[n] = s.length();
        return starts;
    }
}
