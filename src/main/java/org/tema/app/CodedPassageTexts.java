package org.tema.app;

import org.tema.model.CodedPassage;
import org.tema.model.WordCount;

/** The words of coded passages and their number (the store keeps each document's text once read). */
final class CodedPassageTexts {
    private final Stores stores;

    CodedPassageTexts(Stores stores) {
        this.stores = stores;
    }

    String text(CodedPassage p) {
        return stores.documents().text(p.documentId()).substring(p.start(), p.end());
    }

    int words(CodedPassage p) {
        return WordCount.of(text(p));
    }
}
