package org.tema.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tema.model.Document;

/** Transcripts: their metadata and their text. */
public final class DocumentRepository {
    private static final String COLUMNS =
            "id, guid, name, original_file_name, format, word_count, group_name, interview_date, memo";
    private final Sql sql;
    private final TextCache texts;

    public DocumentRepository(ProjectFile file) {
        this.sql = file.sql();
        this.texts = file.texts();
    }

    /** Inserts a document; an id of 0 lets the database choose one. Returns the id. */
    public long insert(Document d, String text) {
        texts.invalidate(d.id());
        return sql.insert("INSERT INTO document (id, guid, name, original_file_name, format, text, word_count, "
                        + "group_name, interview_date, memo) VALUES (NULLIF(?, 0), ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                d.id(), d.guid(), d.name(), d.originalFileName(), d.format(), text, d.wordCount(),
                nz(d.group()), d.interviewDate() == null ? null : d.interviewDate().toString(), nz(d.memo()));
    }

    public List<Document> list() {
        return sql.list("SELECT " + COLUMNS + " FROM document ORDER BY id", DocumentRepository::map);
    }

    public Optional<Document> find(long id) {
        return sql.one("SELECT " + COLUMNS + " FROM document WHERE id = ?", DocumentRepository::map, id);
    }

    public Optional<Document> findByName(String name) {
        return sql.one("SELECT " + COLUMNS + " FROM document WHERE name = ? ORDER BY id", DocumentRepository::map, name);
    }

    public String text(long id) {
        return texts.get(id, this::load).text();
    }

    private String load(long id) {
        return sql.one("SELECT text FROM document WHERE id = ?", rs -> rs.getString(1), id)
                .orElseThrow(() -> new StoreException("No document with id " + id));
    }

    public void updateText(long id, String text, int wordCount) {
        texts.invalidate(id);
        sql.update("UPDATE document SET text = ?, word_count = ? WHERE id = ?", text, wordCount, id);
    }

    public void updateMemo(long id, String memo) {
        sql.update("UPDATE document SET memo = ? WHERE id = ?", nz(memo), id);
    }

    public void updateDetails(long id, String name, String group, LocalDate interviewDate) {
        sql.update("UPDATE document SET name = ?, group_name = ?, interview_date = ? WHERE id = ?",
                name, nz(group), interviewDate == null ? null : interviewDate.toString(), id);
    }

    public void delete(long id) {
        texts.invalidate(id);
        sql.update("DELETE FROM document WHERE id = ?", id);
    }

    public long totalWords() {
        return sql.count("SELECT coalesce(sum(word_count), 0) FROM document");
    }

    static Document map(ResultSet rs) throws SQLException {
        String date = rs.getString("interview_date");
        return new Document(rs.getLong("id"), rs.getString("guid"), rs.getString("name"),
                rs.getString("original_file_name"), rs.getString("format"), rs.getInt("word_count"),
                rs.getString("group_name"), date == null ? null : LocalDate.parse(date), rs.getString("memo"));
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
