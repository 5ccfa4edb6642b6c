package org.tema.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies a project: SQLite's own integrity check, the foreign keys, the search index, and that every
 * coded segment and speaker turn lies inside its document's text.
 */
public final class IntegrityCheck {
    private final ProjectFile file;

    public IntegrityCheck(ProjectFile file) {
        this.file = file;
    }

    /** The problems found; an empty list means the project is sound. */
    public List<String> run() {
        Sql sql = file.sql();
        List<String> problems = new ArrayList<>();
        sql.list("PRAGMA integrity_check", rs -> rs.getString(1)).stream()
                .filter(r -> !r.equals("ok")).forEach(r -> problems.add("integrity: " + r));
        sql.list("PRAGMA foreign_key_check", rs -> rs.getString(1) + " row " + rs.getLong(2) + " refers to a missing "
                + rs.getString(3)).forEach(r -> problems.add("foreign key: " + r));
        try {
            sql.exec("INSERT INTO document_fts (document_fts) VALUES ('integrity-check')");
        } catch (StoreException e) {
            problems.add("search index: " + e.getMessage());
        }
        Map<Long, Integer> lengths = new HashMap<>();
        sql.list("SELECT id, text FROM document", rs -> lengths.put(rs.getLong(1), rs.getString(2).length()));
        checkRanges(sql, "SELECT id, document_id, start, end FROM segment", "segment", lengths, problems);
        checkRanges(sql, "SELECT id, document_id, start, end FROM speaker_turn", "speaker turn", lengths, problems);
        sql.list("SELECT o.segment_id, o.start, o.end FROM segment_omission o JOIN segment s ON s.id = o.segment_id "
                + "WHERE o.start < s.start OR o.end > s.end OR o.end <= o.start", rs -> problems.add("omission ["
                + rs.getInt(2) + ", " + rs.getInt(3) + ") lies outside its passage " + rs.getLong(1)));
        return problems;
    }

    private static void checkRanges(Sql sql, String query, String what, Map<Long, Integer> lengths, List<String> problems) {
        sql.list(query, rs -> {
            long id = rs.getLong(1);
            Integer length = lengths.get(rs.getLong(2));
            int start = rs.getInt(3);
            int end = rs.getInt(4);
            if (length == null || start < 0 || end < start || end > length) {
                problems.add(what + " " + id + ": range [" + start + ", " + end + ") lies outside its document's text");
            }
            return null;
        });
    }
}
