package org.tema.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.tema.ui.common.Messages;

/** The speaker review before an import: each label, its turns, the participant it becomes, and whether it is the interviewer. */
final class SpeakerReviewDialog {
    private SpeakerReviewDialog() {
    }

    static Optional<List<SpeakerChoice>> show(Window owner, List<SpeakerChoice> speakers, Messages messages) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(messages.get("speakers.title"));
        d.setHeaderText(messages.get("speakers.header"));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, bold(messages.get("speakers.label")), bold(messages.get("speakers.turns")),
                bold(messages.get("speakers.participant")), bold(messages.get("speakers.interviewer")));
        List<TextField> names = new ArrayList<>();
        List<CheckBox> interviewers = new ArrayList<>();
        for (int i = 0; i < speakers.size(); i++) {
            SpeakerChoice s = speakers.get(i);
            TextField name = new TextField(s.participant());
            name.setPromptText(s.label());
            CheckBox interviewer = new CheckBox();
            interviewer.setSelected(s.interviewer());
            Label existing = new Label(s.existing() ? messages.get("speakers.existing") : messages.get("speakers.new"));
            existing.getStyleClass().add("muted");
            grid.addRow(i + 1, new Label(s.label()), new Label(Integer.toString(s.turns())), name, interviewer, existing);
            names.add(name);
            interviewers.add(interviewer);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, 40 + 36 * speakers.size()));
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> {
            List<SpeakerChoice> out = new ArrayList<>();
            for (int i = 0; i < speakers.size(); i++) {
                String name = names.get(i).getText().isBlank() ? speakers.get(i).label() : names.get(i).getText().strip();
                out.add(speakers.get(i).withParticipant(name, interviewers.get(i).isSelected()));
            }
            return out;
        });
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pane-title");
        return l;
    }
}
