package org.tema.ui.shell;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.tema.ui.common.Icons;
import org.tema.ui.common.Messages;

/** The start screen: recent projects, a new one, another one, or the sample. */
final class StartView {
    private final VBox root = new VBox(18);

    StartView(ShellViewModel shell, Messages messages, Runnable onNew, Runnable onOpen, Runnable onSample,
              Consumer<Path> onRecent) {
        Label title = new Label(messages.get("start.title"));
        title.getStyleClass().add("start-title");
        Label subtitle = new Label(messages.get("start.subtitle"));
        subtitle.getStyleClass().add("muted");
        Button create = big(messages.get("start.new"), Icons.NEW, onNew);
        Button open = big(messages.get("start.open"), Icons.OPEN, onOpen);
        Button sample = big(messages.get("start.sample"), Icons.SAMPLE, onSample);
        sample.setId("open-sample");
        HBox actions = new HBox(12, create, open);
        if (shell.hasSample()) {
            actions.getChildren().add(sample);
        }
        Label recentTitle = new Label(messages.get("start.recent"), Icons.RECENT.node());
        recentTitle.getStyleClass().add("pane-title");
        VBox recent = new VBox(4);
        Runnable fill = () -> {
            recent.getChildren().clear();
            if (shell.settings().recentProjects().isEmpty()) {
                Label none = new Label(messages.get("start.noRecent"));
                none.getStyleClass().add("muted");
                recent.getChildren().add(none);
            }
            for (String p : shell.settings().recentProjects()) {
                Hyperlink link = new Hyperlink(p);
                link.setOnAction(e -> onRecent.accept(Path.of(p)));
                recent.getChildren().add(link);
            }
        };
        shell.settings().recentProjects().addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        fill.run();
        VBox box = new VBox(18, title, subtitle, actions, recentTitle, recent);
        if (shell.hasSample()) {
            Label hint = new Label(messages.get("start.sampleHint"));
            hint.getStyleClass().add("muted");
            box.getChildren().add(3, hint);
        }
        box.setMaxWidth(720);
        box.getStyleClass().add("start-card");
        box.setPadding(new Insets(32));
        root.getChildren().add(box);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("start-view");
    }

    private static Button big(String text, Icons icon, Runnable action) {
        Button b = new Button(text, icon.node());
        b.getStyleClass().add("start-button");
        b.setOnAction(e -> action.run());
        return b;
    }

    Node node() {
        return root;
    }
}
