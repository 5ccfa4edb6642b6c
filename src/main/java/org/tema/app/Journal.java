package org.tema.app;

import java.time.LocalDate;
import java.util.List;
import org.tema.model.JournalEntry;

/** The project journal: dated notes written while reading and analysing. */
public final class Journal {
    private final Stores stores;
    private final History history;

    public Journal(Stores stores, History history) {
        this.stores = stores;
        this.history = history;
    }

    public List<JournalEntry> entries() {
        return stores.journal().list();
    }

    public JournalEntry add(LocalDate date, String text) {
        JournalEntry draft = new JournalEntry(0, Guids.next(), date, text == null ? "" : text);
        long[] id = {0};
        history.perform(Edit.of(EditName.of(EditKey.JOURNAL_ADD), () -> id[0] = stores.journal().insert(
                        id[0] == 0 ? draft : new JournalEntry(id[0], draft.guid(), date, draft.text())),
                () -> stores.journal().delete(id[0])));
        return new JournalEntry(id[0], draft.guid(), date, draft.text());
    }

    public void edit(JournalEntry changed) {
        JournalEntry old = entries().stream().filter(e -> e.id() == changed.id()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no journal entry with id " + changed.id()));
        history.perform(Edit.of(EditName.of(EditKey.JOURNAL_EDIT), () -> stores.journal().update(changed), () -> stores.journal().update(old)));
    }

    public void delete(long id) {
        JournalEntry old = entries().stream().filter(e -> e.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no journal entry with id " + id));
        history.perform(Edit.of(EditName.of(EditKey.JOURNAL_DELETE), () -> stores.journal().delete(id), () -> stores.journal().insert(old)));
    }
}
