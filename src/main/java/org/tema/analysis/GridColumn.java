package org.tema.analysis;

import org.tema.model.Participant;
import org.tema.model.SummaryCell;

/**
 * A column of the summary grid: one participant (their passages) or one group (the passages whose
 * participant, or else document, is in it). Exactly one of the two is set.
 */
public record GridColumn(Long participantId, String group, String label) {
    public GridColumn {
        if ((participantId == null) == (group == null)) {
            throw new IllegalArgumentException("A grid column is either a participant or a group");
        }
    }

    public static GridColumn of(Participant p) {
        return new GridColumn(p.id(), null, p.pseudonym());
    }

    public static GridColumn ofGroup(String group) {
        return new GridColumn(null, group, group);
    }

    /** True when the stored summary belongs to this column. */
    public boolean holds(SummaryCell cell) {
        return participantId != null ? participantId.equals(cell.participantId()) : group.equals(cell.group());
    }

    /** This column's summary cell of a code with the given text. */
    public SummaryCell summary(long codeId, String text) {
        return new SummaryCell(codeId, participantId, group, text);
    }
}
