package org.tema.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tema.model.Segment;

/** Coded segments. */
public final class SegmentRepository {
    static final String COLUMNS = "id, guid, document_id, code_id, start, end, coder_id, created, memo, in_report";
    private final Sql sql;

    public SegmentRepository(ProjectFile file) {
        this.sql = file.sql();
    }

    public long insert(Segment s) {
        return sql.insert("INSERT INTO segment (id, guid, document_id, code_id, start, end, coder_id, created, memo, in_report) "
                        + "VALUES (NULLIF(?, 0), ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(), s.guid(), s.documentId(), s.codeId(), s.start(), s.end(), s.coderId(), s.created().toString(),
                DocumentRepository.nz(s.memo()), s.inReport() ? 1 : 0);
    }

    /** Writes every field of an existing segment. */
    public void update(Segment s) {
        sql.update("UPDATE segment SET document_id = ?, code_id = ?, start = ?, end = ?, coder_id = ?, memo = ?, in_report = ? "
                        + "WHERE id = ?", s.documentId(), s.codeId(), s.start(), s.end(), s.coderId(),
                DocumentRepository.nz(s.memo()), s.inReport() ? 1 : 0, s.id());
    }

    public void delete(long id) {
        sql.update("DELETE FROM segment WHERE id = ?", id);
    }

    public Optional<Segment> find(long id) {
        return sql.one("SELECT " + COLUMNS + " FROM segment WHERE id = ?", SegmentRepository::map, id);
    }

    public List<Segment> list() {
        return sql.list("SELECT " + COLUMNS + " FROM segment ORDER BY id", SegmentRepository::map);
    }

    public List<Segment> ofDocument(long documentId) {
        return sql.list("SELECT " + COLUMNS + " FROM segment WHERE document_id = ? ORDER BY start, end, id",
                SegmentRepository::map, documentId);
    }

    public List<Segment> ofCode(long codeId) {
        return sql.list("SELECT " + COLUMNS + " FROM segment WHERE code_id = ? ORDER BY document_id, start, id",
                SegmentRepository::map, codeId);
    }

    /** The segment of this code on exactly this range, if one exists. */
    public Optional<Segment> find(long documentId, long codeId, int start, int end) {
        return sql.one("SELECT " + COLUMNS + " FROM segment WHERE document_id = ? AND code_id = ? AND start = ? AND end = ?",
                SegmentRepository::map, documentId, codeId, start, end);
    }

    public long count() {
        return sql.count("SELECT count(*) FROM segment");
    }

    public long countOfCode(long codeId) {
        return sql.count("SELECT count(*) FROM segment WHERE code_id = ?", codeId);
    }

    static Segment map(ResultSet rs) throws SQLException {
        return new Segment(rs.getLong("id"), rs.getString("guid"), rs.getLong("document_id"), rs.getLong("code_id"),
                rs.getInt("start"), rs.getInt("end"), rs.getLong("coder_id"), Instant.parse(rs.getString("created")),
                rs.getString("memo"), rs.getInt("in_report") == 1);
    }
}
