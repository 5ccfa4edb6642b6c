package org.tema.ui.analyse;

import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A summary being edited: the text in the editor and the text last stored. A reload replaces the
 * text only when the user has not changed it since, so typing is never lost to a refresh; saving
 * hands the text to the store only when it differs.
 */
public final class SummaryDraft {
    private final StringProperty text = new SimpleStringProperty("");
    private String stored = "";

    public StringProperty textProperty() {
        return text;
    }

    /** The stored text after a (re)load; {@code replace} when another code or cell was chosen. */
    public void loaded(String storedText, boolean replace) {
        String s = storedText == null ? "" : storedText;
        if (replace || stored.equals(text.get())) {
            text.set(s);
        }
        stored = s;
    }

    public boolean isDirty() {
        return !stored.equals(text.get());
    }

    /** Hands the edited text to {@code save} when it differs from the stored one. */
    public void save(Consumer<String> save) {
        if (isDirty()) {
            String t = text.get();
            stored = t;
            save.accept(t);
        }
    }
}
