package org.tema.store;

import java.time.LocalDate;
import java.util.List;
import org.tema.model.JournalEntry;

/** The project journal. */
public final class JournalRepository {
    private final Sql sql;

    public JournalRepository(ProjectFile file) {
        this.sql = file.sql();
    }

    public long insert(JournalEntry e) {
        return sql.insert("INSERT INTO journal_entry (id, guid, date, text) VALUES (NULLIF(?, 0), ?, ?, ?)",
                e.id(), e.guid(), e.date().toString(), e.text());
    }

    public void update(JournalEntry e) {
        sql.update("UPDATE journal_entry SET date = ?, text = ? WHERE id = ?", e.date().toString(), e.text(), e.id());
    }

    public void delete(long id) {
        sql.update("DELETE FROM journal_entry WHERE id = ?", id);
    }

    public List<JournalEntry> list() {
        return sql.list("SELECT id, guid, date, text FROM journal_entry ORDER BY date, id",
                rs -> new JournalEntry(rs.getLong(1), rs.getString(2), LocalDate.parse(rs.getString(3)), rs.getString(4)));
    }
}
