package org.tema.app;

import org.tema.model.Code;
import org.tema.model.CodedPassage;

/** A coded passage as the analyst reads it: its code, where it is, who said it, and its words. */
public record RetrievedPassage(CodedPassage passage, Code code, String documentName, String text) {
    public long segmentId() {
        return passage.segmentId();
    }

    public long documentId() {
        return passage.documentId();
    }

    /** The speaker label of the turn holding the passage; empty when unknown. */
    public String speaker() {
        return passage.speaker();
    }

    /** The participant's group, else the document's group. */
    public String group() {
        return passage.group();
    }

    public int start() {
        return passage.start();
    }

    public int end() {
        return passage.end();
    }
}
