package org.tema.ui.bench;

import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.tema.app.Project;
import org.tema.ui.coding.CodeTreeViewModel;
import org.tema.ui.coding.CodingViewModel;
import org.tema.ui.coding.TranscriptBinding;
import org.tema.ui.common.Messages;
import org.tema.ui.common.ProjectSession;
import org.tema.ui.common.SameThreadTaskRunner;
import org.tema.ui.transcript.TranscriptView;

/**
 * The workbench's transcript as the benchmarks show it: the real view models, binding and view (with
 * its stripe margin) in a 1200×900 window with the program's theme and stylesheet, work run on the
 * FX thread. Create it on the FX thread.
 */
final class BenchWindow {
    static final double WIDTH = 1200;
    static final double HEIGHT = 900;
    final CodeTreeViewModel tree;
    final CodingViewModel coding;
    final TranscriptView view = new TranscriptView();
    final Stage stage = new Stage();

    BenchWindow(Project project) {
        ProjectSession session = new ProjectSession(project, new SameThreadTaskRunner(), Throwable::printStackTrace);
        tree = new CodeTreeViewModel(session);
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        coding = new CodingViewModel(session, tree, Messages.of(Locale.ENGLISH));
        new TranscriptBinding(view, coding);
        Scene scene = new Scene(new StackPane(view.node()), WIDTH, HEIGHT);
        scene.getStylesheets().add(BenchWindow.class.getResource("/org/tema/ui/tema.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    Scene scene() {
        return stage.getScene();
    }

    /** Applies CSS and lays the window out now, as the next pulse would. */
    void layout() {
        scene().getRoot().applyCss();
        scene().getRoot().layout();
    }
}
