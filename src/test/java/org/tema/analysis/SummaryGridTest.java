package org.tema.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tema.analysis.TwoOffices.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tema.model.SummaryCell;

class SummaryGridTest {
    @Test
    void participantCellsHoldThatParticipantsPassagesAndTheirSummary() {
        List<GridColumn> columns = List.of(GridColumn.of(ANNE), GridColumn.of(ARILD), GridColumn.of(BERIT));
        SummaryGrid grid = SummaryGrid.build(CODES, columns, PASSAGES,
                List.of(new SummaryCell(TRUST.id(), BERIT.id(), null, "Trusts the youths"),
                        new SummaryCell(TRUST.id(), null, "Kontor B", "group text is not a participant's")));
        assertEquals(List.of(S1), grid.cell(TRUST.id(), GridColumn.of(ANNE)).passages());
        assertEquals(List.of(S6, S9), grid.cell(0, 2).passages());
        assertEquals("Trusts the youths", grid.cell(0, 2).summary());
        assertEquals("", grid.cell(0, 0).summary());
        assertEquals(List.of(), grid.cell(TIME.id(), GridColumn.of(ARILD)).passages());
        assertEquals(List.of(S2), grid.cell(1, 0).passages());
    }

    @Test
    void groupCellsHoldTheGroupsPassages() {
        List<GridColumn> columns = List.of(GridColumn.ofGroup("Kontor A"), GridColumn.ofGroup("Kontor B"));
        SummaryGrid grid = SummaryGrid.build(CODES, columns, PassageFilter.DEFAULT.apply(PASSAGES, ParticipantValues.NONE),
                List.of(new SummaryCell(TIME.id(), null, "Kontor B", "Short on time")));
        assertEquals(List.of(S1, S4), grid.cell(0, 0).passages());
        assertEquals(List.of(S2, S5), grid.cell(1, 0).passages());
        assertEquals(List.of(S7), grid.cell(2, 1).passages());
        assertEquals("Short on time", grid.cell(2, 1).summary());
    }

    @Test
    void aColumnIsEitherAParticipantOrAGroup() {
        assertThrows(IllegalArgumentException.class, () -> new GridColumn(1L, "Kontor A", "x"));
        assertThrows(IllegalArgumentException.class, () -> new GridColumn(null, null, "x"));
    }
}
