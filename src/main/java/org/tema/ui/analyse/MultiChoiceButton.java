package org.tema.ui.analyse;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.tema.ui.common.Messages;

/**
 * A compact control for one multi-valued filter field: a menu button whose text sums up the choice
 * («All groups», «Kontor A, Kontor B», «3 transcripts») and whose menu has a first item that chooses
 * all again and a tick box per option. The menu stays open while boxes are ticked.
 */
final class MultiChoiceButton<T, K> {
    private final MenuButton button = new MenuButton();
    private final MultiChoice<T, K> choice;
    private final String all;
    private final String countKey;
    private final Messages messages;
    private final Map<T, CheckBox> boxes = new LinkedHashMap<>();

    /**
     * @param all      the text when nothing is chosen, also the first menu item («All groups»)
     * @param countKey the message that counts chosen options ({0})
     */
    MultiChoiceButton(MultiChoice<T, K> choice, String all, String countKey, Messages messages) {
        this.choice = choice;
        this.all = all;
        this.countKey = countKey;
        this.messages = messages;
        button.getStyleClass().add("filter-choice");
        choice.options().addListener((ListChangeListener<T>) c -> fill());
        choice.chosenKeys().addListener((SetChangeListener<K>) c -> sync());
        fill();
    }

    MenuButton node() {
        return button;
    }

    private void fill() {
        MenuItem everything = new MenuItem(all);
        everything.getStyleClass().add("filter-choice-all");
        everything.setOnAction(e -> choice.clear());
        button.getItems().setAll(everything, new SeparatorMenuItem());
        boxes.clear();
        for (T option : choice.options()) {
            CheckBox box = new CheckBox(choice.name(option));
            box.setSelected(choice.isChosen(option));
            box.selectedProperty().addListener((o, a, on) -> choice.choose(option, on));
            CustomMenuItem item = new CustomMenuItem(box, false);
            button.getItems().add(item);
            boxes.put(option, box);
        }
        sync();
    }

    /** Ticks the boxes of the chosen options and writes the summary. */
    private void sync() {
        boxes.forEach((option, box) -> box.setSelected(choice.isChosen(option)));
        button.setText(choice.summary(all, n -> messages.format(countKey, n)));
        button.setDisable(choice.options().isEmpty());
    }
}
