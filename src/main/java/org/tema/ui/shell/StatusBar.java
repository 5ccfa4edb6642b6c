package org.tema.ui.shell;

import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.tema.app.Overview;
import org.tema.ui.common.Icons;
import org.tema.ui.common.Messages;
import org.tema.ui.common.RunningTask;

/** The bottom line: what is still uncoded per transcript, and the running task with progress and cancel. */
final class StatusBar {
    private final HBox root = new HBox(10);

    StatusBar(ShellViewModel shell, Messages messages) {
        Label saved = new Label(messages.get("status.saved"));
        saved.getStyleClass().add("muted");
        Label uncoded = new Label();
        uncoded.setId("uncoded-status");
        shell.documentStatus().addListener((javafx.collections.ListChangeListener<Overview.DocumentStatus>) c ->
                uncoded.setText(shell.documentStatus().stream()
                        .map(s -> messages.format("status.uncoded", s.document().name(), s.uncodedPercent()))
                        .collect(Collectors.joining("   ·   "))));
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(180);
        Label message = new Label();
        Button cancel = new Button(messages.get("task.cancel"), Icons.CANCEL.node());
        cancel.getStyleClass().add("small");
        HBox task = new HBox(8, message, progress, cancel);
        task.setAlignment(Pos.CENTER_RIGHT);
        task.setVisible(false);
        task.managedProperty().bind(task.visibleProperty());
        shell.taskProperty().addListener((o, a, t) -> show(t, task, progress, message, cancel));
        root.getChildren().addAll(saved, uncoded, space, task);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 12, 4, 12));
        root.getStyleClass().add("status-bar");
    }

    private static void show(RunningTask t, HBox box, ProgressBar progress, Label message, Button cancel) {
        progress.progressProperty().unbind();
        message.textProperty().unbind();
        box.setVisible(t != null);
        if (t != null) {
            progress.progressProperty().bind(t.progressProperty());
            message.textProperty().bind(t.messageProperty());
            cancel.setOnAction(e -> t.cancel());
        }
    }

    Node node() {
        return root;
    }
}
