package org.tema.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.tema.model.CodedPassage;

/**
 * Coded passages joined with the speaker turn that holds them, its participant and the document's
 * group, in one query. The turn is the one containing the passage's start; when the start lies
 * outside every turn (on a speaker label, say), the first turn that begins inside the passage.
 */
public final class CodedPassageQuery {
    private static final String SELECT = """
            SELECT s.id, s.document_id, s.code_id, s.start, s.end, s.coder_id,
                   t.id AS turn_id, t.speaker, p.id AS participant_id, p.interviewer, p.group_name AS participant_group,
                   d.group_name AS document_group
            FROM segment s
            JOIN document d ON d.id = s.document_id
            LEFT JOIN speaker_turn t ON t.id = coalesce(
                (SELECT t1.id FROM speaker_turn t1 WHERE t1.document_id = s.document_id AND t1.start <= s.start
                   AND t1.end > s.start ORDER BY t1.start DESC LIMIT 1),
                (SELECT t2.id FROM speaker_turn t2 WHERE t2.document_id = s.document_id AND t2.start >= s.start
                   AND t2.start < s.end ORDER BY t2.start LIMIT 1))
            LEFT JOIN participant p ON p.id = t.participant_id
            """;
    private static final String ORDER = " ORDER BY s.document_id, s.start, s.end, s.id";
    private final Sql sql;

    public CodedPassageQuery(ProjectFile file) {
        this.sql = file.sql();
    }

    /** Every coded passage of the project, by document and position. */
    public List<CodedPassage> all() {
        return sql.list(SELECT + ORDER, CodedPassageQuery::map);
    }

    /** The passages of the given codes, by document and position. */
    public List<CodedPassage> ofCodes(Collection<Long> codeIds) {
        if (codeIds.isEmpty()) {
            return List.of();
        }
        return sql.list(SELECT + " WHERE s.code_id IN (" + placeholders(codeIds.size()) + ")" + ORDER,
                CodedPassageQuery::map, codeIds.toArray());
    }

    /** The passages with the given segment ids, by document and position. */
    public List<CodedPassage> ofSegments(Collection<Long> segmentIds) {
        if (segmentIds.isEmpty()) {
            return List.of();
        }
        return sql.list(SELECT + " WHERE s.id IN (" + placeholders(segmentIds.size()) + ")" + ORDER,
                CodedPassageQuery::map, segmentIds.toArray());
    }

    private static String placeholders(int n) {
        return IntStream.range(0, n).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }

    static CodedPassage map(ResultSet rs) throws SQLException {
        return new CodedPassage(rs.getLong("id"), rs.getLong("document_id"), rs.getLong("code_id"), rs.getInt("start"),
                rs.getInt("end"), rs.getLong("coder_id"), Sql.nullableLong(rs, "turn_id"), rs.getString("speaker"),
                Sql.nullableLong(rs, "participant_id"), rs.getInt("interviewer") == 1,
                rs.getString("participant_group"), rs.getString("document_group"));
    }
}
