package org.tema.ui.categorise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.tema.app.RetrievedPassage;
import org.tema.model.Code;
import org.tema.ui.common.Messages;

/** Splitting a code: the analyst names the new code and ticks the passages that move to it. */
final class SplitDialog {
    private SplitDialog() {
    }

    static void show(Node owner, Code code, CodeRestructuring restructuring, Messages messages) {
        Map<RetrievedPassage, BooleanProperty> ticks = new LinkedHashMap<>();
        ListView<RetrievedPassage> list = new ListView<>();
        list.setCellFactory(CheckBoxListCell.forListView(ticks::get, new StringConverter<>() {
            @Override
            public String toString(RetrievedPassage p) {
                String who = p.speaker().isBlank() ? p.documentName() : p.documentName() + " · " + p.speaker();
                return who + ": " + p.text().replace('\n', ' ');
            }

            @Override
            public RetrievedPassage fromString(String s) {
                return null; // the list is not edited as text
            }
        }));
        list.setPrefSize(640, 360);
        list.getStyleClass().add("split-passages");
        TextField name = new TextField();
        name.setPromptText(messages.get("categorise.split.name"));
        name.setId("split-name");
        BooleanProperty anyTicked = new SimpleBooleanProperty(false);
        restructuring.passages(code.id(), passages -> {
            for (RetrievedPassage p : passages) {
                BooleanProperty tick = new SimpleBooleanProperty(false);
                tick.addListener((o, a, b) -> anyTicked.set(ticks.values().stream().anyMatch(BooleanProperty::get)));
                ticks.put(p, tick);
            }
            list.getItems().setAll(passages);
        });

        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        dialog.setTitle(messages.get("categorise.split.title"));
        dialog.setHeaderText(messages.format("categorise.split.header", code.label()));
        dialog.getDialogPane().setContent(new VBox(8, new Label(messages.get("categorise.split.name")), name, list));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(Bindings.createBooleanBinding(() -> name.getText().isBlank(), name.textProperty()).or(anyTicked.not()));
        dialog.setResizable(true);
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            List<Long> chosen = ticks.entrySet().stream().filter(e -> e.getValue().get()).map(e -> e.getKey().segmentId()).toList();
            restructuring.split(code.id(), name.getText().strip(), chosen, made -> { });
        });
    }
}
