package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tema.analysis.GridColumn;
import org.tema.analysis.PassageFilter;
import org.tema.analysis.SummaryGrid;

class SummaryGridsTest extends OfficesTest {
    @Test
    void participantGridHoldsEachPersonsPassagesPerCode() {
        SummaryGrid grid = project.summaryGrids().byParticipant(PassageFilter.DEFAULT);
        assertEquals(List.of("Anne", "Arild", "Berit"), grid.columns().stream().map(GridColumn::label).toList());
        SummaryGrid.Cell arildTid = grid.cell(o.tid.id(), GridColumn.of(o.arild));
        assertEquals(List.of("Tid er det vi mangler mest."),
                project.summaryGrids().passages(arildTid).stream().map(RetrievedPassage::text).toList());
        assertEquals(1, grid.cell(o.tillit.id(), GridColumn.of(o.berit)).passages().size());
        assertEquals(0, grid.cell(o.samarbeid.id(), GridColumn.of(o.berit)).passages().size());
        assertEquals(4, project.summaryGrids().participantColumns(true).size());
        assertEquals(List.of(GridColumn.ofGroup("Kontor A"), GridColumn.ofGroup("Kontor B")), project.summaryGrids().groupColumns());
    }

    @Test
    void cellSummaryIsWrittenUndoneAndRedone() {
        GridColumn kontorB = GridColumn.ofGroup("Kontor B");
        project.summaryGrids().setSummary(o.tillit.id(), kontorB, "Tillit tar tid å bygge.");
        assertEquals("Tillit tar tid å bygge.", project.summaryGrids().byGroup(PassageFilter.DEFAULT).cell(o.tillit.id(), kontorB).summary());
        project.summaryGrids().setSummary(o.tillit.id(), kontorB, "Tillit bygges over tid.");
        project.history().undo();
        assertEquals("Tillit tar tid å bygge.", project.summaryGrids().summary(o.tillit.id(), kontorB));
        project.history().undo();
        assertEquals("", project.summaryGrids().summary(o.tillit.id(), kontorB));
        project.history().redo();
        assertEquals("Tillit tar tid å bygge.", project.summaryGrids().summary(o.tillit.id(), kontorB));
        assertEquals("", project.summaryGrids().summary(o.tillit.id(), GridColumn.ofGroup("Kontor A")));
    }

    @Test
    void participantAndGroupCellsOfOneCodeAreApart() {
        project.summaryGrids().setSummary(o.tid.id(), GridColumn.of(o.berit), "Berit om tid");
        project.summaryGrids().setSummary(o.tid.id(), GridColumn.ofGroup("Kontor B"), "Kontor B om tid");
        assertEquals("Berit om tid", project.summaryGrids().summary(o.tid.id(), GridColumn.of(o.berit)));
        assertEquals("Kontor B om tid", project.summaryGrids().summary(o.tid.id(), GridColumn.ofGroup("Kontor B")));
    }

    @Test
    void undoingACodesDeletionBringsItsCellSummariesBack() {
        project.summaryGrids().setSummary(o.tid.id(), GridColumn.of(o.arild), "Mangler tid");
        project.codeBook().delete(o.tid.id(), true);
        assertEquals(List.of(), project.stores().codes().find(o.tid.id()).stream().toList());
        project.history().undo();
        assertEquals("Mangler tid", project.summaryGrids().summary(o.tid.id(), GridColumn.of(o.arild)));
    }

    @Test
    void mergeCarriesTheSourcesCellSummariesOverAndUndoPutsBothBack() {
        GridColumn arild = GridColumn.of(o.arild);
        GridColumn berit = GridColumn.of(o.berit);
        project.summaryGrids().setSummary(o.tid.id(), arild, "Mangler tid");
        project.summaryGrids().setSummary(o.tid.id(), berit, "Tillit tar tid");
        project.summaryGrids().setSummary(o.samarbeid.id(), arild, "Samarbeid koster tid");
        project.codeBook().merge(o.tid.id(), o.samarbeid.id());
        assertEquals("Samarbeid koster tid\n\nMangler tid", project.summaryGrids().summary(o.samarbeid.id(), arild));
        assertEquals("Tillit tar tid", project.summaryGrids().summary(o.samarbeid.id(), berit));
        project.history().undo();
        assertEquals("Mangler tid", project.summaryGrids().summary(o.tid.id(), arild));
        assertEquals("Tillit tar tid", project.summaryGrids().summary(o.tid.id(), berit));
        assertEquals("Samarbeid koster tid", project.summaryGrids().summary(o.samarbeid.id(), arild));
        assertEquals("", project.summaryGrids().summary(o.samarbeid.id(), berit));
        project.history().redo();
        assertEquals("Tillit tar tid", project.summaryGrids().summary(o.samarbeid.id(), berit));
    }
}
