package org.tema.ui.analyse;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tema.analysis.GridColumn;
import org.tema.analysis.SummaryGrid;
import org.tema.app.RetrievedPassage;
import org.tema.ui.common.ProjectSession;

/**
 * The summary grid: codes down, participants (or groups) across; choosing a cell shows its passages
 * and an editor for the cell's summary.
 */
public final class GridViewModel {
    /** A chosen cell, by the code's id and the column (positions change when codes are added). */
    public record CellKey(long codeId, GridColumn column) {
    }

    private final ProjectSession session;
    private final FilterModel filter;
    /** Kept so that the weak change listener lives as long as this view model. */
    private final Object changes;
    private final BooleanProperty byGroup = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<SummaryGrid> grid = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<CellKey> selected = new SimpleObjectProperty<>();
    private final ObservableList<RetrievedPassage> passages = FXCollections.observableArrayList();
    private final SummaryDraft summary = new SummaryDraft();

    public GridViewModel(ProjectSession session, FilterModel filter) {
        this.session = session;
        this.filter = filter;
        changes = session.onChange(this::reload);
        filter.choiceProperty().addListener((o, a, b) -> reload());
        byGroup.addListener((o, a, b) -> {
            selected.set(null);
            reload();
        });
        selected.addListener((o, a, b) -> {
            saveSummaryOf(a);
            showCell(true);
        });
        reload();
    }

    /** False: one column per participant; true: one per group. */
    public BooleanProperty byGroupProperty() {
        return byGroup;
    }

    public ReadOnlyObjectProperty<SummaryGrid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    public ObjectProperty<CellKey> selectedProperty() {
        return selected;
    }

    /** Chooses the cell at a row and column of the current grid. */
    public void select(int row, int column) {
        SummaryGrid g = grid.get();
        selected.set(g == null ? null : new CellKey(g.codes().get(row).id(), g.columns().get(column)));
    }

    /** The chosen cell's passages with their words. */
    public ObservableList<RetrievedPassage> passages() {
        return passages;
    }

    public SummaryDraft summary() {
        return summary;
    }

    /** Stores the chosen cell's edited summary (undoable). */
    public void saveSummary() {
        saveSummaryOf(selected.get());
    }

    private void saveSummaryOf(CellKey key) {
        if (key != null) {
            summary.save(text -> session.edit(p -> p.summaryGrids().setSummary(key.codeId(), key.column(), text)));
        }
    }

    private void reload() {
        boolean groups = byGroup.get();
        FilterChoice choice = filter.choiceProperty().get();
        session.read(p -> groups ? p.summaryGrids().byGroup(choice.toFilter(p))
                : p.summaryGrids().byParticipant(choice.toFilter(p)), g -> {
            grid.set(g);
            showCell(false);
        });
    }

    private void showCell(boolean otherCell) {
        CellKey key = selected.get();
        SummaryGrid g = grid.get();
        SummaryGrid.Cell cell = key == null || g == null ? null : find(g, key);
        if (cell == null) {
            passages.clear();
            summary.loaded("", true);
            return;
        }
        session.read(p -> p.summaryGrids().passages(cell), list -> {
            if (key.equals(selected.get())) {
                passages.setAll(list);
                summary.loaded(cell.summary(), otherCell);
            }
        });
    }

    private static SummaryGrid.Cell find(SummaryGrid g, CellKey key) {
        boolean hasRow = g.codes().stream().anyMatch(c -> c.id() == key.codeId());
        return hasRow && g.columns().contains(key.column()) ? g.cell(key.codeId(), key.column()) : null;
    }
}
