package org.tema.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Parses what a user types into a search box into terms: words, quoted phrases and prefixes. */
final class SearchQuery {
    private static final String WORD_CHAR = "[\\p{L}\\p{N}\\p{M}]";
    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    private static final Pattern WORDS = Pattern.compile(WORD_CHAR + "+");

    /** A search term: one or more words in a row, the last perhaps a prefix. */
    record Term(List<String> words, boolean prefix) {
        String fts() {
            String phrase = "\"" + String.join(" ", words) + "\"";
            return prefix ? phrase + "*" : phrase;
        }

        /**
         * Reports every match in {@code text}. With its lower-cased form the first word is found by a
         * plain scan and only those places are checked with the full pattern; without it, the pattern scans.
         */
        void find(String text, String lower, MatchSink sink) {
            Pattern p = pattern();
            Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            if (lower == null) {
                while (m.find()) {
                    sink.accept(m.start(), m.end());
                }
                return;
            }
            String first = words.get(0).toLowerCase(java.util.Locale.ROOT);
            int from = 0;
            for (int at = lower.indexOf(first, from); at >= 0; at = lower.indexOf(first, from)) {
                m.region(at, text.length());
                if (m.lookingAt()) {
                    sink.accept(m.start(), m.end());
                    from = m.end();
                } else {
                    from = at + 1;
                }
            }
        }

        Pattern pattern() {
            String body = words.stream().map(Pattern::quote).collect(Collectors.joining("[^\\p{L}\\p{N}\\p{M}]+"));
            String tail = prefix ? WORD_CHAR + "*" : "(?!" + WORD_CHAR + ")";
            return Pattern.compile("(?<!" + WORD_CHAR + ")" + body + tail,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    /** Receives the range of one match. */
    @FunctionalInterface
    interface MatchSink {
        void accept(int start, int end);
    }

    private SearchQuery() {
    }

    static List<Term> parse(String query) {
        List<Term> terms = new ArrayList<>();
        Matcher m = TOKEN.matcher(query == null ? "" : query);
        while (m.find()) {
            boolean phrase = m.group(1) != null;
            String raw = phrase ? m.group(1) : m.group(2);
            boolean prefix = !phrase && raw.endsWith("*");
            List<String> words = words(raw);
            if (!words.isEmpty()) {
                terms.add(new Term(words, prefix));
            }
        }
        return terms;
    }

    static String toFts(List<Term> terms) {
        return terms.stream().map(Term::fts).collect(Collectors.joining(" AND "));
    }

    private static List<String> words(String raw) {
        List<String> out = new ArrayList<>();
        Matcher w = WORDS.matcher(raw);
        while (w.find()) {
            out.add(w.group());
        }
        return out;
    }
}
