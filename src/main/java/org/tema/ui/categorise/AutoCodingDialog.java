package org.tema.ui.categorise;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.tema.app.AutoCoding.Hit;
import org.tema.ui.categorise.AutoCodingViewModel.Mode;
import org.tema.ui.common.Messages;

/** Auto-coding: what to look for, a preview of the passages (some may be left out), then code them in one step. */
final class AutoCodingDialog {
    private AutoCodingDialog() {
    }

    static void show(Node owner, AutoCodingViewModel model, Messages messages) {
        TextField code = new TextField();
        code.textProperty().bindBidirectional(model.codeNameProperty());
        code.setId("autocode-code");
        TextField query = new TextField();
        query.textProperty().bindBidirectional(model.queryProperty());
        query.setId("autocode-query");
        ToggleGroup modes = new ToggleGroup();
        HBox modeButtons = new HBox(12, mode(modes, model, Mode.SEARCH, messages.get("categorise.autocode.search")),
                mode(modes, model, Mode.PATTERN, messages.get("categorise.autocode.pattern")),
                mode(modes, model, Mode.SPEAKER, messages.get("categorise.autocode.speaker")));
        CheckBox wholeTurn = new CheckBox(messages.get("categorise.autocode.wholeTurn"));
        wholeTurn.selectedProperty().bindBidirectional(model.wholeTurnProperty());
        wholeTurn.disableProperty().bind(model.modeProperty().isEqualTo(Mode.SPEAKER));
        Button preview = new Button(messages.get("categorise.autocode.preview"));
        preview.setDefaultButton(true);
        preview.setOnAction(e -> model.preview());
        preview.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canPreview(),
                model.codeNameProperty(), model.queryProperty()));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(messages.get("categorise.autocode.code")), code);
        form.addRow(1, new Label(messages.get("categorise.autocode.query")), query);
        form.add(modeButtons, 1, 2);
        form.add(wholeTurn, 1, 3);
        form.add(preview, 1, 4);

        ListView<Hit> hits = new ListView<>(model.hits());
        hits.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        hits.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Hit h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : h.documentName() + ": " + h.snippet());
                setDisable(!empty && h != null && h.alreadyCoded());
            }
        });
        hits.setPrefSize(680, 300);
        hits.setPlaceholder(new Label(messages.get("categorise.autocode.noPreview")));
        Label summary = new Label();
        summary.textProperty().bind(Bindings.createStringBinding(() -> model.previewProperty().get() == null ? ""
                : messages.format("categorise.autocode.hits", model.hits().size(),
                        model.hits().stream().filter(h -> !h.alreadyCoded()).count()), model.previewProperty(), model.hits()));
        Button leaveOut = new Button(messages.get("categorise.autocode.leaveOut"));
        leaveOut.disableProperty().bind(hits.getSelectionModel().selectedItemProperty().isNull());
        leaveOut.setOnAction(e -> model.hits().removeAll(java.util.List.copyOf(hits.getSelectionModel().getSelectedItems())));

        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        dialog.setTitle(messages.get("categorise.autocode.title"));
        dialog.setHeaderText(messages.get("categorise.autocode.header"));
        dialog.getDialogPane().setContent(new VBox(10, form, summary, hits, leaveOut));
        ButtonType apply = new ButtonType(messages.get("categorise.autocode.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(apply).disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.previewProperty().get() == null || model.hits().stream().allMatch(Hit::alreadyCoded),
                model.previewProperty(), model.hits()));
        dialog.setResizable(true);
        dialog.showAndWait().filter(b -> b == apply).ifPresent(b -> model.apply(n -> { }));
    }

    private static RadioButton mode(ToggleGroup group, AutoCodingViewModel model, Mode mode, String text) {
        RadioButton b = new RadioButton(text);
        b.setToggleGroup(group);
        b.setSelected(model.modeProperty().get() == mode);
        b.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                model.modeProperty().set(mode);
            }
        });
        return b;
    }
}
