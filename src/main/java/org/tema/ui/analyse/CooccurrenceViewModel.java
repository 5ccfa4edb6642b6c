package org.tema.ui.analyse;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tema.analysis.CodeMatrix;
import org.tema.analysis.Cooccurrence;
import org.tema.app.RetrievedPassage;
import org.tema.ui.common.ProjectSession;

/** Which codes go together: the code × code matrix as a heat map, and the passages behind a chosen cell. */
public final class CooccurrenceViewModel {
    /** A chosen cell by its row's and its column's code. */
    public record Pair(long rowCodeId, long columnCodeId) {
    }

    private final ProjectSession session;
    private final FilterModel filter;
    /** Kept so that the weak change listener lives as long as this view model. */
    private final Object changes;
    private final ObjectProperty<Cooccurrence.Mode> mode = new SimpleObjectProperty<>(Cooccurrence.Mode.OVERLAP);
    private final ReadOnlyObjectWrapper<CodeMatrix> matrix = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Pair> selected = new SimpleObjectProperty<>();
    private final ObservableList<RetrievedPassage> passages = FXCollections.observableArrayList();

    public CooccurrenceViewModel(ProjectSession session, FilterModel filter) {
        this.session = session;
        this.filter = filter;
        changes = session.onChange(this::reload);
        filter.choiceProperty().addListener((o, a, b) -> reload());
        mode.addListener((o, a, b) -> reload());
        selected.addListener((o, a, b) -> loadPassages());
        reload();
    }

    /** Overlapping passages only, or also passages in the same speaker turn. */
    public ObjectProperty<Cooccurrence.Mode> modeProperty() {
        return mode;
    }

    public ReadOnlyObjectProperty<CodeMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    public ObjectProperty<Pair> selectedProperty() {
        return selected;
    }

    /** Chooses the cell at a row and column of the current matrix. */
    public void select(int row, int column) {
        CodeMatrix m = matrix.get();
        selected.set(new Pair(m.rows().get(row).code().id(), m.rows().get(column).code().id()));
    }

    /** The distinct passages of the chosen cell's two codes that co-occur, by document and position. */
    public ObservableList<RetrievedPassage> passages() {
        return passages;
    }

    /** How strongly to colour a cell: its count against the largest cell, from 0 to 1. */
    public static double intensity(long count, long max) {
        return max <= 0 ? 0 : Math.min(1, (double) count / max);
    }

    private void reload() {
        Cooccurrence.Mode m = mode.get();
        FilterChoice choice = filter.choiceProperty().get();
        session.read(p -> p.matrices().cooccurrence(m, choice.toFilter(p)), result -> {
            matrix.set(result);
            loadPassages();
        });
    }

    private void loadPassages() {
        Pair pair = selected.get();
        if (pair == null) {
            passages.clear();
            return;
        }
        Cooccurrence.Mode m = mode.get();
        FilterChoice choice = filter.choiceProperty().get();
        session.read(p -> p.matrices().cooccurringPassages(pair.rowCodeId(), pair.columnCodeId(), m, choice.toFilter(p)),
                list -> {
                    if (pair.equals(selected.get())) {
                        passages.setAll(list);
                    }
                });
    }
}
