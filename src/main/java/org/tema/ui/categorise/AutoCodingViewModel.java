package org.tema.ui.categorise;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tema.app.AutoCoding;
import org.tema.app.AutoCoding.Hit;
import org.tema.app.AutoCoding.Preview;
import org.tema.ui.common.ProjectSession;

/**
 * Auto-coding: a code name, what to look for (words, a regular expression, or a speaker), a preview
 * of the passages it would code, and applying the preview (the hits the analyst kept) as one undoable step.
 */
public final class AutoCodingViewModel {
    /** What the query means. */
    public enum Mode { SEARCH, PATTERN, SPEAKER }

    private final ProjectSession session;
    private final StringProperty codeName = new SimpleStringProperty("");
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.SEARCH);
    private final BooleanProperty wholeTurn = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Hit> hits = FXCollections.observableArrayList();

    public AutoCodingViewModel(ProjectSession session) {
        this.session = session;
        codeName.addListener((o, a, b) -> clearPreview());
        query.addListener((o, a, b) -> clearPreview());
        mode.addListener((o, a, b) -> clearPreview());
        wholeTurn.addListener((o, a, b) -> clearPreview());
    }

    public StringProperty codeNameProperty() {
        return codeName;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** Code the whole speaker turn around each hit instead of the hit alone (not for speakers). */
    public BooleanProperty wholeTurnProperty() {
        return wholeTurn;
    }

    /** The last preview; null until one is made, and again after the inputs change. */
    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The hits of the preview; the view lets the analyst take some out before applying. */
    public ObservableList<Hit> hits() {
        return hits;
    }

    public boolean canPreview() {
        return !codeName.get().isBlank() && !query.get().isBlank();
    }

    /** Finds the passages the inputs describe; a bad expression or unknown speaker is reported as an error. */
    public void preview() {
        if (!canPreview()) {
            return;
        }
        String name = codeName.get();
        String q = query.get();
        AutoCoding.Scope scope = wholeTurn.get() ? AutoCoding.Scope.TURN : AutoCoding.Scope.HIT;
        Mode m = mode.get();
        session.read(p -> switch (m) {
            case SEARCH -> p.autoCoding().previewSearch(name, q, scope);
            case PATTERN -> p.autoCoding().previewPattern(name, q, scope);
            case SPEAKER -> p.autoCoding().previewSpeaker(name, q);
        }, result -> {
            preview.set(result);
            hits.setAll(result.hits());
        });
    }

    /** Codes the kept hits that are not coded yet as one undoable step; hands over how many were coded. */
    public void apply(java.util.function.IntConsumer onDone) {
        Preview current = preview.get();
        if (current == null) {
            return;
        }
        Preview kept = current.keeping(List.copyOf(hits));
        session.edit(p -> p.autoCoding().apply(kept), result -> {
            clearPreview();
            onDone.accept(result.coded());
        });
    }

    private void clearPreview() {
        preview.set(null);
        hits.clear();
    }
}
