package org.tema.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tema.app.Overview;
import org.tema.ui.common.Messages;

/** The four phases across the top, with the project's counts at the right. */
final class PhaseBar {
    private final HBox root = new HBox(6);

    PhaseBar(ShellViewModel shell, Messages messages) {
        ToggleGroup group = new ToggleGroup();
        ObjectProperty<Phase> phase = shell.phaseProperty();
        int n = 1;
        for (Phase p : Phase.values()) {
            Label name = new Label(n++ + "  " + messages.get(p.key()));
            name.getStyleClass().add("phase-name");
            Label hint = new Label(messages.get(p.hintKey()));
            hint.getStyleClass().add("phase-hint");
            ToggleButton b = new ToggleButton(null, new HBox(8, p.icon().node(), new VBox(0, name, hint)));
            b.getStyleClass().add("phase-button");
            b.setId("phase-" + p.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setSelected(phase.get() == p);
            b.setOnAction(e -> {
                phase.set(p);
                b.setSelected(true);
            });
            phase.addListener((o, a, now) -> b.setSelected(now == p));
            root.getChildren().add(b);
        }
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        Label counts = new Label();
        counts.getStyleClass().add("project-counts");
        shell.countsProperty().addListener((o, a, c) -> counts.setText(text(c, messages)));
        root.getChildren().addAll(space, counts);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(8, 12, 8, 12));
        root.getStyleClass().add("phase-bar");
        root.disableProperty().bind(shell.sessionProperty().isNull());
    }

    private static String text(Overview.Totals c, Messages messages) {
        return c == null ? "" : messages.format("status.counts", c.documents(), c.codes(), c.passages());
    }

    Node node() {
        return root;
    }
}
