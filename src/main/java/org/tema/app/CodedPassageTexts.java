package org.tema.app;

import java.util.HashMap;
import java.util.Map;
import org.tema.model.CodedPassage;
import org.tema.model.WordCount;

/** The words of coded passages and their number, reading each document's text once per use. */
final class CodedPassageTexts {
    private final Stores stores;
    private final Map<Long, String> texts = new HashMap<>();

    CodedPassageTexts(Stores stores) {
        this.stores = stores;
    }

    String text(CodedPassage p) {
        return texts.computeIfAbsent(p.documentId(), stores.documents()::text).substring(p.start(), p.end());
    }

    int words(CodedPassage p) {
        return WordCount.of(text(p));
    }
}
