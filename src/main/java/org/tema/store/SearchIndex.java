package org.tema.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tema.model.SearchHit;

/**
 * Full-text search over all transcripts with SQLite FTS5 (tokenizer {@code unicode61}: case folded
 * for æ, ø, å and other letters, diacritics kept). The index finds the documents; the exact places
 * of the hits are then found in their text.
 */
public final class SearchIndex {
    private static final int SNIPPET_CONTEXT = 40;
    private final Sql sql;

    public SearchIndex(ProjectFile file) {
        this.sql = file.sql();
    }

    /**
     * All hits of a query: words (all must occur in a document), {@code "a phrase"} and
     * {@code prefix*}. Hits are ordered by document, then position. A query without any word finds nothing.
     */
    public List<SearchHit> search(String query) {
        List<SearchQuery.Term> terms = SearchQuery.parse(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        String match = SearchQuery.toFts(terms);
        List<Pattern> patterns = terms.stream().map(SearchQuery.Term::pattern).toList();
        List<SearchHit> hits = new ArrayList<>();
        sql.list("SELECT d.id, d.name, d.text FROM document_fts f JOIN document d ON d.id = f.rowid "
                + "WHERE document_fts MATCH ? ORDER BY d.id", rs -> {
                    locate(rs.getLong(1), rs.getString(2), rs.getString(3), patterns, hits);
                    return null;
                }, match);
        return hits;
    }

    private static void locate(long documentId, String name, String text, List<Pattern> patterns, List<SearchHit> out) {
        List<SearchHit> inDocument = new ArrayList<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                inDocument.add(new SearchHit(documentId, name, m.start(), m.end(), snippet(text, m.start(), m.end())));
            }
        }
        inDocument.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        out.addAll(inDocument);
    }

    static String snippet(String text, int start, int end) {
        int from = Math.max(0, start - SNIPPET_CONTEXT);
        int to = Math.min(text.length(), end + SNIPPET_CONTEXT);
        while (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        while (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        String s = (from > 0 ? "…" : "") + text.substring(from, start) + "[" + text.substring(start, end) + "]"
                + text.substring(end, to) + (to < text.length() ? "…" : "");
        return s.replace('\n', ' ');
    }
}
