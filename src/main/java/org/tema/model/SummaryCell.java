package org.tema.model;

/**
 * The analyst's summary of what one code holds for one participant or one group: a cell of the
 * summary grid. Exactly one of {@code participantId} and {@code group} is set.
 */
public record SummaryCell(long codeId, Long participantId, String group, String text) {
    public SummaryCell {
        if ((participantId == null) == (group == null)) {
            throw new IllegalArgumentException("A summary cell belongs to either a participant or a group");
        }
        text = text == null ? "" : text;
    }
}
