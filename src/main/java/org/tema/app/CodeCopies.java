package org.tema.app;

import org.tema.model.Code;
import org.tema.model.Segment;

/** Copies of codes and passages with one field changed, for edits that re-create or move them. */
final class CodeCopies {
    private CodeCopies() {
    }

    /** The code with the id the database gave it, so a redo re-creates it under the same id. */
    static Code withId(Code c, long id) {
        return new Code(id, c.guid(), c.parentId(), c.number(), c.name(), c.colour(), c.definition(), c.memo(),
                c.summary(), c.position());
    }

    /** The passage moved to another code. */
    static Segment retarget(Segment s, long codeId) {
        return new Segment(s.id(), s.guid(), s.documentId(), codeId, s.start(), s.end(), s.coderId(), s.created(),
                s.memo(), s.inReport());
    }
}
