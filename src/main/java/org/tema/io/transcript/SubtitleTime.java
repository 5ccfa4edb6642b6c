package org.tema.io.transcript;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Timestamps of subtitles and transcripts: {@code 00:01:02.500}, {@code 00:01:02,500}, {@code 01:02}. */
public final class SubtitleTime {
    private static final Pattern TIME = Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?");

    private SubtitleTime() {
    }

    /** The time in milliseconds, or throws {@link IllegalArgumentException} when it is not a timestamp. */
    public static long parseMillis(String s) {
        Matcher m = TIME.matcher(s.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("«" + s + "» is not a timestamp");
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = Long.parseLong(m.group(2));
        long seconds = Long.parseLong(m.group(3));
        if (minutes > 59 || seconds > 59) {
            throw new IllegalArgumentException("«" + s + "» is not a timestamp");
        }
        String frac = m.group(4) == null ? "0" : (m.group(4) + "00").substring(0, 3);
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + Long.parseLong(frac);
    }
}
