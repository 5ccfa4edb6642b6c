package org.tema.io.report;

import java.util.Comparator;
import java.util.List;
import org.tema.model.Omission;

/** The text of a quote: the passage's words, each omitted part printed {@code (...)}, outer blanks trimmed. */
public final class QuoteText {
    public static final String OMISSION_MARK = "(...)";
    private static final String CLOSING_MARKS = ".,;:!?»)]\u201D";
    private static final java.util.Set<Character> CLOSING = CLOSING_MARKS.chars().mapToObj(c -> (char) c)
            .collect(java.util.stream.Collectors.toSet());

    private QuoteText() {
    }

    /**
     * The quote of {@code [start, end)} of {@code text}. Omissions are offsets of the same text inside the
     * range; an omission is set off by one space on each side, except at the start or end of the quote
     * and before a closing punctuation mark.
     */
    public static String of(String text, int start, int end, List<Omission> omissions) {
        StringBuilder out = new StringBuilder();
        int at = start;
        for (Omission o : omissions.stream().sorted(Comparator.comparingInt(Omission::start)).toList()) {
            int from = Math.max(o.start(), at);
            int to = Math.min(o.end(), end);
            if (to <= from) {
                continue;
            }
            String before = text.substring(at, from).stripTrailing();
            out.append(before);
            if (!out.toString().isBlank()) {
                out.append(' ');
            }
            out.append(OMISSION_MARK);
            at = to;
            while (at < end && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at < end && !CLOSING.contains(text.charAt(at))) {
                out.append(' ');
            }
        }
        out.append(text, at, end);
        return out.toString().strip();
    }
}
