package org.tema.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.tema.model.Omission;

/** Omissions inside coded passages (table {@code segment_omission}); they go when their passage goes. */
public final class OmissionRepository {
    private static final String COLUMNS = "o.segment_id, o.start, o.end";
    private final Sql sql;

    public OmissionRepository(ProjectFile file) {
        this.sql = file.sql();
    }

    public void insert(Omission o) {
        sql.update("INSERT INTO segment_omission (segment_id, start, end) VALUES (?, ?, ?)", o.segmentId(), o.start(), o.end());
    }

    /** Puts omissions back as they were (after their passages were restored by an undo). */
    public void restore(List<Omission> saved) {
        for (Omission o : saved) {
            sql.update("INSERT OR REPLACE INTO segment_omission (segment_id, start, end) VALUES (?, ?, ?)",
                    o.segmentId(), o.start(), o.end());
        }
    }

    /** Removes every omission of a document's passages. */
    public void deleteOfDocument(long documentId) {
        sql.update("DELETE FROM segment_omission WHERE segment_id IN (SELECT id FROM segment WHERE document_id = ?)", documentId);
    }

    public void delete(Omission o) {
        sql.update("DELETE FROM segment_omission WHERE segment_id = ? AND start = ?", o.segmentId(), o.start());
    }

    public void deleteOfSegment(long segmentId) {
        sql.update("DELETE FROM segment_omission WHERE segment_id = ?", segmentId);
    }

    public List<Omission> ofSegment(long segmentId) {
        return sql.list("SELECT " + COLUMNS + " FROM segment_omission o WHERE o.segment_id = ? ORDER BY o.start",
                OmissionRepository::map, segmentId);
    }

    /** The omissions of every passage of a document. */
    public List<Omission> ofDocument(long documentId) {
        return sql.list("SELECT " + COLUMNS + " FROM segment_omission o JOIN segment s ON s.id = o.segment_id "
                + "WHERE s.document_id = ? ORDER BY o.segment_id, o.start", OmissionRepository::map, documentId);
    }

    /** The omissions of every passage coded with a code. */
    public List<Omission> ofCode(long codeId) {
        return sql.list("SELECT " + COLUMNS + " FROM segment_omission o JOIN segment s ON s.id = o.segment_id "
                + "WHERE s.code_id = ? ORDER BY o.segment_id, o.start", OmissionRepository::map, codeId);
    }

    public List<Omission> list() {
        return sql.list("SELECT " + COLUMNS + " FROM segment_omission o ORDER BY o.segment_id, o.start", OmissionRepository::map);
    }

    static Omission map(ResultSet rs) throws SQLException {
        return new Omission(rs.getLong(1), rs.getInt(2), rs.getInt(3));
    }
}
