package org.tema.io.transcript;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the speaker label at the start of a paragraph: {@code Anne:}, {@code ANNE:}, {@code [Anne]},
 * {@code I:}, {@code Intervjuer:}, each optionally after a timestamp such as {@code [00:12:03]}.
 */
public final class SpeakerLabels {
    /** A label found in a paragraph: the speaker's name, where the spoken words begin, and the timestamp if any. */
    public record Label(String name, int bodyStart, Long millis) {
    }

    private static final String TIME = "(?:[\\[(]?(?<time>\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?)[\\])]?\\s+)?";
    private static final String WORD = "[\\p{L}\\p{M}\\p{N}'’.\\-]+";
    private static final Pattern BRACKETED = Pattern.compile("^\\s*" + TIME + "\\[(?<name>\\p{L}[^\\]\\n]{0,39})\\]\\s*:?\\s*");
    private static final Pattern COLON = Pattern.compile("^\\s*" + TIME
            + "(?<name>\\p{Lu}" + "[\\p{L}\\p{M}\\p{N}'’.\\-]*(?: " + WORD + "){0,2})(?:\\s*\\([^)\\n]{0,30}\\))?\\s*:(?=\\s|$)\\s*");
    private static final Set<String> INTERVIEWER = Set.of("i", "int", "intervjuer", "intervjuar", "interviewer",
            "moderator", "researcher", "forsker");

    private SpeakerLabels() {
    }

    /** The label at the start of {@code paragraph}, if it has one. */
    public static Optional<Label> find(String paragraph) {
        for (Pattern p : new Pattern[] {BRACKETED, COLON}) {
            Matcher m = p.matcher(paragraph);
            if (m.find() && m.end() < paragraph.length()) {
                String time = m.group("time");
                return Optional.of(new Label(m.group("name").strip(), m.end(),
                        time == null ? null : SubtitleTime.parseMillis(time)));
            }
        }
        return Optional.empty();
    }

    /** Where the words begin after an explicit label (a bold run or a voice tag) that starts the paragraph. */
    public static int bodyStartAfter(String paragraph, String label) {
        int i = paragraph.indexOf(label);
        if (i < 0) {
            return 0;
        }
        i += label.length();
        while (i < paragraph.length() && (paragraph.charAt(i) == ':' || Character.isWhitespace(paragraph.charAt(i)))) {
            i++;
        }
        return i;
    }

    /** True for the labels that interviewers use: I, Int, Intervjuer, Interviewer, Moderator and similar, with or without a number. */
    public static boolean isInterviewer(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s.]*\\d*$", "");
        return INTERVIEWER.contains(l);
    }
}
