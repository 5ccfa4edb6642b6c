package org.tema.ui.analyse;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.util.List;
import org.tema.analysis.CategoryOrder;
import org.tema.analysis.CodeMatrix;
import org.tema.analysis.Cooccurrence;
import org.tema.app.Project;
import org.tema.app.RetrievedPassage;
import org.tema.model.Code;
import org.tema.ui.common.ProjectSession;

/**
 * Which codes go together: the code × code matrix as a heat map, its codes in blocks by category or
 * in code-book order, and the passages behind a chosen cell.
 */
public final class CooccurrenceViewModel {
    /** A chosen cell by its row's and its column's code. */
    public record Pair(long rowCodeId, long columnCodeId) {
    }

    /** How the rows and columns are ordered. */
    public enum Order { BY_CATEGORY, BY_CODE_TREE }

    /** The matrix and, when ordered by category, the blocks of its codes (empty otherwise). */
    private record Layout(CodeMatrix matrix, List<CategoryOrder.Block> blocks) {
    }

    private final ProjectSession session;
    private final FilterModel filter;
    /** Kept so that the weak change listener lives as long as this view model. */
    private final Object changes;
    private final ObjectProperty<Cooccurrence.Mode> mode = new SimpleObjectProperty<>(Cooccurrence.Mode.OVERLAP);
    private final ObjectProperty<Order> order = new SimpleObjectProperty<>(Order.BY_CATEGORY);
    private final ReadOnlyObjectWrapper<CodeMatrix> matrix = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<CategoryOrder.Block>> blocks = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<Pair> selected = new SimpleObjectProperty<>();
    private final ObservableList<RetrievedPassage> passages = FXCollections.observableArrayList();

    public CooccurrenceViewModel(ProjectSession session, FilterModel filter) {
        this.session = session;
        this.filter = filter;
        changes = session.onChange(this::reload);
        filter.choiceProperty().addListener((o, a, b) -> reload());
        mode.addListener((o, a, b) -> reload());
        order.addListener((o, a, b) -> reload());
        selected.addListener((o, a, b) -> loadPassages());
        reload();
    }

    /** Overlapping passages only, or also passages in the same speaker turn. */
    public ObjectProperty<Cooccurrence.Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<Order> orderProperty() {
        return order;
    }

    /** The categories' blocks of codes in the matrix's order, for drawing their edges; empty in code-book order. */
    public ReadOnlyObjectProperty<List<CategoryOrder.Block>> blocksProperty() {
        return blocks.getReadOnlyProperty();
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
        Order o = order.get();
        FilterChoice choice = filter.choiceProperty().get();
        session.read(p -> layout(p, o, m, choice), result -> {
            blocks.set(result.blocks());
            matrix.set(result.matrix());
            loadPassages();
        });
    }

    private static Layout layout(Project p, Order o, Cooccurrence.Mode m, FilterChoice choice) {
        List<Code> codes = p.codeBook().codes();
        List<CategoryOrder.Block> b = o == Order.BY_CATEGORY ? CategoryOrder.blocks(codes, p.categories().list()) : List.of();
        return new Layout(p.matrices().cooccurrence(b.isEmpty() ? codes : CategoryOrder.codes(b), m, choice.toFilter(p)), b);
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
