package org.tema.model;

import java.time.Instant;

/**
 * A coded passage: one code on one range of one document, by one coder. Several segments may cover
 * the same words. Offsets are in the project's offset unit (see {@link TextRange}).
 */
public record Segment(long id, String guid, long documentId, long codeId, int start, int end, long coderId,
                      Instant created, String memo, boolean inReport) {
    public TextRange range() {
        return new TextRange(start, end);
    }

    public Segment withRange(TextRange r) {
        return new Segment(id, guid, documentId, codeId, r.start(), r.end(), coderId, created, memo, inReport);
    }
}
