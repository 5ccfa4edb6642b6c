package org.tema.store;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * The texts of an open project's documents, kept in memory once read, with a lower-cased copy for
 * search. Every write of a document's text drops its entry, so a rolled-back change is simply read
 * again.
 */
final class TextCache {
    /** A document's text and its lower-cased form (null when lower-casing changes its length). */
    record Entry(String text, String lower) {
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    Entry get(long documentId, LongFunction<String> loader) {
        Entry e = entries.get(documentId);
        if (e == null) {
            String text = loader.apply(documentId);
            String lower = text.toLowerCase(Locale.ROOT);
            e = new Entry(text, lower.length() == text.length() ? lower : null);
            entries.put(documentId, e);
        }
        return e;
    }

    void invalidate(long documentId) {
        entries.remove(documentId);
    }

    void clear() {
        entries.clear();
    }
}
