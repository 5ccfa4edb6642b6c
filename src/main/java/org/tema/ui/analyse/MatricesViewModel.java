package org.tema.ui.analyse;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tema.analysis.CodeMatrix;
import org.tema.analysis.PassageFilter;
import org.tema.app.Matrices;
import org.tema.app.Project;
import org.tema.ui.common.ProjectSession;

/**
 * Code × document, group or participant, counting passages or words, sortable by any column, with a
 * totals column and a totals row that stays last whatever the order.
 */
public final class MatricesViewModel {
    /** What the columns are. */
    public enum Across { DOCUMENTS, GROUPS, PARTICIPANTS }

    /** The order of the rows: by the code column ({@code column == -1}), a figure column, or the total ({@code column == size}). */
    public record Order(int column, boolean descending) {
        public static final Order CODE_BOOK = new Order(-2, false);
    }

    private final ProjectSession session;
    private final FilterModel filter;
    /** Kept so that the weak change listener lives as long as this view model. */
    private final Object changes;
    private final ObjectProperty<Across> across = new SimpleObjectProperty<>(Across.DOCUMENTS);
    private final ObjectProperty<Matrices.Measure> measure = new SimpleObjectProperty<>(Matrices.Measure.PASSAGES);
    private final ReadOnlyObjectWrapper<CodeMatrix> matrix = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MatrixRow> rows = FXCollections.observableArrayList();
    private Order order = Order.CODE_BOOK;

    public MatricesViewModel(ProjectSession session, FilterModel filter) {
        this.session = session;
        this.filter = filter;
        changes = session.onChange(this::reload);
        filter.choiceProperty().addListener((o, a, b) -> reload());
        across.addListener((o, a, b) -> {
            order = Order.CODE_BOOK;
            reload();
        });
        measure.addListener((o, a, b) -> reload());
        reload();
    }

    public ObjectProperty<Across> acrossProperty() {
        return across;
    }

    public ObjectProperty<Matrices.Measure> measureProperty() {
        return measure;
    }

    /** The matrix as computed (in code-book order); its columns name the table's columns. */
    public ReadOnlyObjectProperty<CodeMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    /** The rows in the chosen order, then the totals row. */
    public ObservableList<MatrixRow> rows() {
        return rows;
    }

    public void sort(Order newOrder) {
        order = newOrder;
        rebuild();
    }

    private void reload() {
        Across a = across.get();
        Matrices.Measure m = measure.get();
        FilterChoice choice = filter.choiceProperty().get();
        session.read(p -> compute(p, a, m, choice.toFilter(p)), result -> {
            matrix.set(result);
            rebuild();
        });
    }

    private static CodeMatrix compute(Project p, Across a, Matrices.Measure m, PassageFilter f) {
        return switch (a) {
            case DOCUMENTS -> p.matrices().byDocument(m, f);
            case GROUPS -> p.matrices().byGroup(m, f);
            case PARTICIPANTS -> p.matrices().byParticipant(m, f);
        };
    }

    private void rebuild() {
        CodeMatrix m = matrix.get();
        if (m == null) {
            rows.clear();
            return;
        }
        int size = m.columns().size();
        CodeMatrix sorted = order.column() == -2 ? m
                : order.column() == -1 ? m.sortedByCode(order.descending())
                : order.column() >= size ? m.sortedByTotal(order.descending())
                : m.sortedByColumn(order.column(), order.descending());
        List<MatrixRow> out = new ArrayList<>();
        sorted.rows().forEach(r -> out.add(new MatrixRow(r.code().label(), r.cells(), r.total(), false)));
        long[] totals = new long[size];
        for (int c = 0; c < size; c++) {
            totals[c] = m.columnTotal(c);
        }
        out.add(new MatrixRow(null, totals, m.grandTotal(), true));
        rows.setAll(out);
    }
}
