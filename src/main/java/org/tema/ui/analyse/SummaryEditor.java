package org.tema.ui.analyse;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/** A summary edited in place: saved when the editor loses focus and after a pause in typing. */
final class SummaryEditor {
    private static final Duration PAUSE = Duration.seconds(1.5);
    private final VBox root;
    private final TextArea area = new TextArea();

    SummaryEditor(String title, SummaryDraft draft, Runnable save) {
        area.setWrapText(true);
        area.getStyleClass().add("summary-editor");
        area.textProperty().bindBidirectional(draft.textProperty());
        PauseTransition pause = new PauseTransition(PAUSE);
        pause.setOnFinished(e -> save.run());
        area.textProperty().addListener((o, a, b) -> {
            if (area.isFocused()) {
                pause.playFromStart();
            }
        });
        area.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                pause.stop();
                save.run();
            }
        });
        Label heading = new Label(title);
        heading.getStyleClass().add("card-title");
        VBox.setVgrow(area, Priority.ALWAYS);
        root = new VBox(6, heading, area);
    }

    Node node() {
        return root;
    }

    TextArea area() {
        return area;
    }
}
