package org.tema.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tema.model.SearchHit;

/**
 * Full-text search over all transcripts with SQLite FTS5 (tokenizer {@code unicode61}: case folded
 * for æ, ø, å and other letters, diacritics kept). The index finds the documents; the exact places
 * of the hits are then found in their text.
 */
public final class SearchIndex {
    private static final int SNIPPET_CONTEXT = 40;
    private final Sql sql;
    private final DocumentRepository documents;
    private final TextCache texts;

    public SearchIndex(ProjectFile file) {
        this.sql = file.sql();
        this.documents = new DocumentRepository(file);
        this.texts = file.texts();
    }

    /**
     * All hits of a query: words (all must occur in a document), {@code "a phrase"} and
     * {@code prefix*}. Hits are ordered by document, then position. A query without any word finds nothing.
     */
    public List<SearchHit> search(String query) {
        return search(query, Integer.MAX_VALUE);
    }

    /** The first {@code limit} hits of a query, in document order: later documents are not read at all. */
    public List<SearchHit> search(String query, int limit) {
        List<SearchQuery.Term> terms = SearchQuery.parse(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        List<Long> ids = sql.list("SELECT rowid FROM document_fts WHERE document_fts MATCH ? ORDER BY rowid",
                rs -> rs.getLong(1), SearchQuery.toFts(terms));
        Map<Long, String> names = new HashMap<>();
        List<SearchHit> hits = new ArrayList<>();
        for (long id : ids) {
            if (hits.size() >= limit) {
                break;
            }
            if (names.isEmpty()) {
                documents.list().forEach(d -> names.put(d.id(), d.name()));
            }
            TextCache.Entry entry = texts.get(id, documents::text);
            List<SearchHit> inDocument = new ArrayList<>();
            for (SearchQuery.Term term : terms) {
                term.find(entry.text(), entry.lower(), (start, end) -> inDocument.add(
                        new SearchHit(id, names.get(id), start, end, snippet(entry.text(), start, end))));
            }
            inDocument.sort(Comparator.comparingInt(SearchHit::start).thenComparingInt(SearchHit::end));
            hits.addAll(inDocument);
        }
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
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
