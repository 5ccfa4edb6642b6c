package org.tema.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.tema.ui.analyse.AnalysisTabs;
import org.tema.ui.categorise.AutoCodingViewModel;
import org.tema.ui.categorise.CategoriseView;
import org.tema.ui.categorise.CategoriseViewModel;
import org.tema.ui.categorise.CategoryBoard;
import org.tema.ui.categorise.CodeRestructuring;
import org.tema.ui.categorise.FactsViewModel;
import org.tema.ui.coding.CodeTreeViewModel;
import org.tema.ui.coding.CodingView;
import org.tema.ui.coding.CodingViewModel;
import org.tema.ui.coding.PassagesViewModel;
import org.tema.ui.coding.PinnedKeys;
import org.tema.ui.coding.SearchViewModel;
import org.tema.ui.common.DividerMemory;
import org.tema.ui.common.Messages;
import org.tema.ui.common.ProjectSession;
import org.tema.ui.common.Settings;
import org.tema.ui.prepare.PrepareView;
import org.tema.ui.prepare.PrepareViewModel;
import org.tema.ui.report.ReportView;
import org.tema.ui.report.ReportViewModel;

/** The views of the four phases for one open project; shows the one of the current phase. */
final class Workbench {
    private final StackPane root = new StackPane();
    private final Map<Phase, Node> views = new EnumMap<>(Phase.class);
    private final CodingView coding;
    private final PrepareView prepare;

    /** {@code goTo} switches the window to a phase (a passage found in an analysis opens in Coding). */
    Workbench(ProjectSession session, Messages messages, Settings settings, Consumer<Phase> goTo) {
        CodeTreeViewModel tree = new CodeTreeViewModel(session);
        CodingViewModel codingModel = new CodingViewModel(session, tree, messages,
                PinnedKeys.Memory.in(settings, Settings.projectKey(session.path())));
        coding = new CodingView(codingModel, tree, new PassagesViewModel(codingModel),
                new SearchViewModel(session, codingModel), messages);
        prepare = new PrepareView(new PrepareViewModel(session, codingModel, messages), messages);
        views.put(Phase.PREPARE, prepare.node());
        views.put(Phase.CODE, coding.node());
        CategoriseViewModel categories = new CategoriseViewModel(session, tree);
        CategoriseView categorise = new CategoriseView(new CategoryBoard(categories, new CodeRestructuring(session),
                new AutoCodingViewModel(session), new FactsViewModel(session), tree, messages), messages);
        categorise.tabs().getTabs().addAll(AnalysisTabs.create(session, messages, (documentId, start, end) -> {
            goTo.accept(Phase.CODE);
            codingModel.reveal(documentId, start, end);
        }));
        views.put(Phase.CATEGORISE, categorise.node());
        views.put(Phase.REPORT, new ReportView(new ReportViewModel(session, settings, messages), messages).node());
        DividerMemory dividers = new DividerMemory(settings);
        views.values().forEach(dividers::bindNamed);
        root.getStyleClass().add("workbench");
    }

    Node node() {
        return root;
    }

    CodingView coding() {
        return coding;
    }

    void show(Phase phase) {
        prepare.binding().activeProperty().set(phase == Phase.PREPARE);
        coding.binding().activeProperty().set(phase == Phase.CODE);
        root.getChildren().setAll(views.get(phase));
    }
}
