package org.tema.ui.analyse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.analysis.Charts;
import org.tema.analysis.CodeMatrix;
import org.tema.analysis.Cooccurrence;
import org.tema.analysis.SummaryGrid;
import org.tema.app.Matrices;
import org.tema.app.RetrievedPassage;

class AnalysisViewModelsTest {
    @TempDir
    Path dir;
    AnalysisFixture fx;
    FilterModel filter;

    @BeforeEach
    void open() {
        fx = new AnalysisFixture(dir);
        filter = new FilterModel(fx.session);
    }

    @AfterEach
    void close() {
        fx.project.close();
    }

    @Test
    void summaryGridCountsPassagesPerCodeAndParticipantAndSavesACellSummary() {
        GridViewModel grid = new GridViewModel(fx.session, filter);
        SummaryGrid g = grid.gridProperty().get();
        assertEquals(List.of("Hilde", "Jonas"), g.columns().stream().map(c -> c.label()).toList());
        assertEquals(1, g.cell(1, 0).passages().size());
        assertEquals(1, g.cell(1, 1).passages().size());
        assertEquals(0, g.cell(0, 1).passages().size());
        grid.select(1, 1);
        assertEquals(List.of(AnalysisFixture.JONAS), grid.passages().stream().map(RetrievedPassage::text).toList());
        grid.summary().textProperty().set("Jonas plans with the youth.");
        grid.saveSummary();
        assertEquals("Jonas plans with the youth.", grid.gridProperty().get().cell(1, 1).summary());
        fx.session.undo();
        assertEquals("", grid.gridProperty().get().cell(1, 1).summary());
        assertEquals("", grid.summary().textProperty().get());
    }

    @Test
    void summaryGridByGroupHasOneColumnPerGroup() {
        GridViewModel grid = new GridViewModel(fx.session, filter);
        grid.byGroupProperty().set(true);
        SummaryGrid g = grid.gridProperty().get();
        assertEquals(List.of("Kontor H"), g.columns().stream().map(c -> c.label()).toList());
        assertEquals(2, g.cell(1, 0).passages().size());
        filter.includeInterviewerProperty().set(true);
        assertEquals(3, grid.gridProperty().get().cell(1, 0).passages().size());
    }

    @Test
    void cooccurrenceCountsOverlapsAndListsBothPassagesOfACell() {
        CooccurrenceViewModel model = new CooccurrenceViewModel(fx.session, filter);
        CodeMatrix m = model.matrixProperty().get();
        assertEquals(1, m.rows().get(0).cell(1));
        assertEquals(1, m.rows().get(1).cell(0));
        assertEquals(0, m.rows().get(1).cell(1));
        model.select(0, 1);
        assertEquals(List.of(AnalysisFixture.HILDE, AnalysisFixture.HILDE_START).stream().sorted().toList(),
                model.passages().stream().map(RetrievedPassage::text).sorted().toList());
        model.modeProperty().set(Cooccurrence.Mode.SAME_TURN);
        assertEquals(1, model.matrixProperty().get().maxCell());
        assertEquals(1.0, CooccurrenceViewModel.intensity(1, 1));
        assertEquals(0.0, CooccurrenceViewModel.intensity(0, 0));
    }

    @Test
    void cooccurrenceOrdersCodesByCategoryAndACellStillChoosesItsOwnPair() {
        fx.session.edit(p -> p.categories().addCode(p.categories().create("Planlegging", "").id(), fx.plan, 0));
        CooccurrenceViewModel model = new CooccurrenceViewModel(fx.session, filter);
        CodeMatrix m = model.matrixProperty().get();
        assertEquals(List.of("2 Plan", "1 Første møte"), m.rows().stream().map(r -> r.code().label()).toList());
        assertEquals(List.of("Planlegging", "-"), model.blocksProperty().get().stream()
                .map(b -> b.categorised() ? b.category().name() : "-").toList());
        model.select(0, 1);
        assertEquals(new CooccurrenceViewModel.Pair(fx.plan, fx.first), model.selectedProperty().get());
        assertEquals(2, model.passages().size());
        model.orderProperty().set(CooccurrenceViewModel.Order.BY_CODE_TREE);
        assertEquals(List.of("1 Første møte", "2 Plan"), model.matrixProperty().get().rows().stream().map(r -> r.code().label()).toList());
        assertEquals(List.of(), model.blocksProperty().get());
        model.select(0, 1);
        assertEquals(new CooccurrenceViewModel.Pair(fx.first, fx.plan), model.selectedProperty().get());
    }

    @Test
    void matricesHaveATotalsRowThatStaysLastWhenSorted() {
        MatricesViewModel model = new MatricesViewModel(fx.session, filter);
        assertEquals(List.of("Gruppe H"), model.matrixProperty().get().columns().stream().map(CodeMatrix.Column::label).toList());
        assertEquals(List.of("1 Første møte", "2 Plan"), model.rows().subList(0, 2).stream().map(MatrixRow::label).toList());
        MatrixRow totals = model.rows().get(2);
        assertTrue(totals.totals());
        assertArrayEquals(new long[] {3}, totals.cells());
        assertEquals(3, totals.total());
        model.sort(new MatricesViewModel.Order(0, true));
        assertEquals("2 Plan", model.rows().get(0).label());
        assertTrue(model.rows().get(2).totals());
        model.measureProperty().set(Matrices.Measure.WORDS);
        assertEquals("2 Plan", model.rows().get(0).label());
        assertEquals(7, model.rows().get(1).total());
        assertEquals(3 + 5, model.rows().get(0).total(), "the interviewer's words are left out");
        model.acrossProperty().set(MatricesViewModel.Across.PARTICIPANTS);
        assertEquals(List.of("Hilde", "Jonas"), model.matrixProperty().get().columns().stream().map(CodeMatrix.Column::label).toList());
        assertEquals("1 Første møte", model.rows().get(0).label());
    }

    @Test
    void chartsCountPassagesPerCodeAndCodesPerGroup() {
        ChartsViewModel model = new ChartsViewModel(fx.session, filter);
        assertEquals(List.of(new Charts.Bar("1 Første møte", 1), new Charts.Bar("2 Plan", 2)), model.passagesPerCode());
        assertEquals(List.of(new Charts.Bar("Kontor H", 2)), model.codesPerGroup());
        fx.session.edit(p -> p.coding().apply(fx.document, fx.first, 0, 5));
        filter.includeInterviewerProperty().set(true);
        assertEquals(new Charts.Bar("2 Plan", 3), model.passagesPerCode().get(1));
        assertEquals(new Charts.Bar("1 Første møte", 2), model.passagesPerCode().get(0));
    }
}
