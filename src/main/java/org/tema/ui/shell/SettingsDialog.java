package org.tema.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.tema.ui.common.Messages;
import org.tema.ui.common.Settings;

/** Language and light or dark theme. */
final class SettingsDialog {
    private SettingsDialog() {
    }

    static void show(Window owner, Settings settings, Messages messages) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(messages.get("settings.title"));
        ComboBox<String> language = new ComboBox<>();
        language.getItems().addAll("", "en", "nb");
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tag) {
                return tag == null || tag.isEmpty() ? messages.get("settings.language.system") : messages.get("settings.language." + tag);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        language.setValue(settings.languageProperty().get());
        ToggleGroup theme = new ToggleGroup();
        RadioButton light = new RadioButton(messages.get("settings.theme.light"));
        RadioButton dark = new RadioButton(messages.get("settings.theme.dark"));
        light.setToggleGroup(theme);
        dark.setToggleGroup(theme);
        (settings.darkProperty().get() ? dark : light).setSelected(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.setPadding(new Insets(16));
        grid.addRow(0, new Label(messages.get("settings.language")), language);
        grid.addRow(1, new Label(messages.get("settings.theme")), new HBox(12, light, dark));
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            settings.darkProperty().set(dark.isSelected());
            settings.languageProperty().set(language.getValue() == null ? "" : language.getValue());
        });
    }
}
