package org.tema.ui.analyse;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import org.tema.ui.common.Messages;
import org.tema.ui.common.ProjectSession;

/**
 * The analysis views of the categorisation phase as tabs (Passages, Summary grid, Co-occurrence,
 * Matrices, Charts), sharing one filter. Each tab's node holds its view, which holds its view model,
 * which holds its weak listener on the session: the tabs follow the project for as long as they are shown.
 */
public final class AnalysisTabs {
    private AnalysisTabs() {
    }

    /**
     * @param navigator shows a passage in its transcript (the lead wires it to the coding view:
     *                  switch to the coding phase, then {@code CodingViewModel.reveal(documentId, start, end)})
     */
    public static List<Tab> create(ProjectSession session, Messages messages, PassageNavigator navigator) {
        FilterModel filter = new FilterModel(session);
        RetrievalViewModel passages = new RetrievalViewModel(session, filter);
        GridViewModel grid = new GridViewModel(session, filter);
        CooccurrenceViewModel cooccurrence = new CooccurrenceViewModel(session, filter);
        MatricesViewModel matrices = new MatricesViewModel(session, filter);
        ChartsViewModel charts = new ChartsViewModel(session, filter);
        return List.of(
                tab("analysis-passages", messages.get("analyse.tab.passages"), passages,
                        new PassagesTab(passages, filter, messages, navigator).node()),
                tab("analysis-grid", messages.get("analyse.tab.grid"), grid,
                        new GridTab(grid, filter, messages, navigator).node()),
                tab("analysis-cooccurrence", messages.get("analyse.tab.cooccurrence"), cooccurrence,
                        new CooccurrenceTab(cooccurrence, filter, messages, navigator).node()),
                tab("analysis-matrices", messages.get("analyse.tab.matrices"), matrices,
                        new MatricesTab(matrices, filter, messages).node()),
                tab("analysis-charts", messages.get("analyse.tab.charts"), charts,
                        new ChartsTab(charts, filter, messages).node()));
    }

    /** The tab's content keeps its view model alive (the session only holds weak listeners). */
    private static Tab tab(String id, String title, Object model, Node content) {
        content.getProperties().put(AnalysisTabs.class.getName(), model);
        Tab t = new Tab(title, content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }
}
