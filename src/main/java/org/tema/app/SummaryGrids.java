package org.tema.app;

import java.util.List;
import org.tema.analysis.GridColumn;
import org.tema.analysis.PassageFilter;
import org.tema.analysis.SummaryGrid;
import org.tema.model.Code;
import org.tema.model.SummaryCell;
import org.tema.store.SummaryCellRepository;

/** The summary grid: codes down, participants or groups across; the analyst writes a summary per cell. */
public final class SummaryGrids {
    private final Stores stores;
    private final History history;
    private final Retrieval retrieval;
    private final SummaryCellRepository cells;

    public SummaryGrids(Stores stores, History history, Retrieval retrieval) {
        this.stores = stores;
        this.history = history;
        this.retrieval = retrieval;
        this.cells = new SummaryCellRepository(stores.file());
    }

    /** Every code against every participant (interviewers only when the filter includes them). */
    public SummaryGrid byParticipant(PassageFilter filter) {
        return grid(stores.codes().list(), participantColumns(filter.includeInterviewer()), filter);
    }

    /** Every code against every group of documents and participants. */
    public SummaryGrid byGroup(PassageFilter filter) {
        return grid(stores.codes().list(), groupColumns(), filter);
    }

    /** One column per participant, in the order they were added. */
    public List<GridColumn> participantColumns(boolean includeInterviewers) {
        return stores.participants().list().stream().filter(p -> includeInterviewers || !p.interviewer())
                .map(GridColumn::of).toList();
    }

    /** One column per group, sorted by name. */
    public List<GridColumn> groupColumns() {
        return retrieval.groups().stream().map(GridColumn::ofGroup).toList();
    }

    /** A grid of chosen codes (a category's, say) and columns. */
    public SummaryGrid grid(List<Code> codes, List<GridColumn> columns, PassageFilter filter) {
        return SummaryGrid.build(codes, columns, retrieval.coded(codes.stream().map(Code::id).toList(), filter), cells.list());
    }

    /** The passages of a cell with their words, for reading beside the cell's summary. */
    public List<RetrievedPassage> passages(SummaryGrid.Cell cell) {
        return retrieval.withText(cell.passages());
    }

    public String summary(long codeId, GridColumn column) {
        return cells.find(codeId, column.participantId(), column.group()).map(SummaryCell::text).orElse("");
    }

    /** Writes a cell's summary (an empty text clears it); undoable. */
    public void setSummary(long codeId, GridColumn column, String text) {
        Code code = stores.codes().find(codeId).orElseThrow(() -> new IllegalArgumentException("There is no code with id " + codeId));
        SummaryCell before = column.summary(codeId, summary(codeId, column));
        SummaryCell after = column.summary(codeId, text == null ? "" : text);
        history.perform(Edit.of(EditName.of(EditKey.SUMMARY_CELL, code.name(), column.label()),
                () -> cells.put(after), () -> cells.put(before)));
    }
}
