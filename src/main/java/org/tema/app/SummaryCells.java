package org.tema.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.tema.model.SummaryCell;
import org.tema.store.SummaryCellRepository;

/**
 * The summary-grid cells of some codes, saved before a code is deleted or merged, so that undo puts
 * them back; and the carrying over of a merged code's cells to the code it is merged into.
 */
final class SummaryCells {
    private final SummaryCellRepository repository;
    private final Collection<Long> codeIds;
    private final List<SummaryCell> saved = new ArrayList<>();

    private SummaryCells(SummaryCellRepository repository, Collection<Long> codeIds) {
        this.repository = repository;
        this.codeIds = List.copyOf(codeIds);
        this.codeIds.forEach(id -> saved.addAll(repository.ofCode(id)));
    }

    /** Saves the cells of these codes as they are now. */
    static SummaryCells of(Stores stores, Collection<Long> codeIds) {
        return new SummaryCells(new SummaryCellRepository(stores.file()), codeIds);
    }

    /**
     * Gives the target code the source's cell summaries: a cell the target has no summary for takes the
     * source's; where both have one, the source's text is added after a blank line. Nothing is lost.
     */
    void carryOver(long sourceId, long targetId) {
        for (SummaryCell cell : repository.ofCode(sourceId)) {
            String existing = repository.find(targetId, cell.participantId(), cell.group()).map(SummaryCell::text).orElse("");
            String text = existing.isEmpty() ? cell.text() : existing + "\n\n" + cell.text();
            repository.put(new SummaryCell(targetId, cell.participantId(), cell.group(), text));
        }
    }

    /** Puts the saved cells of the codes back as they were (the codes must exist). */
    void restore() {
        codeIds.forEach(id -> repository.ofCode(id).forEach(c -> repository.remove(id, c.participantId(), c.group())));
        saved.forEach(repository::put);
    }
}
