package org.tema.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.tema.model.CodedPassage;

/**
 * Coded passages with their document's group, as {@link CodedPassage} values without speaker (the
 * analysis layer's {@code SpeakerAttribution} adds it from the speaker turns). Only the columns needed
 * are read, so that all passages of a large project load in a few tens of milliseconds.
 */
public final class CodedPassageQuery {
    private static final String SELECT = "SELECT s.id, s.document_id, s.code_id, s.start, s.end, s.coder_id, d.group_name "
            + "FROM segment s JOIN document d INDEXED BY document_group ON d.id = s.document_id";
    private static final String ORDER = " ORDER BY s.document_id, s.start, s.end, s.id";
    private static final int MANY_CODES = 60;
    private final Sql sql;

    public CodedPassageQuery(ProjectFile file) {
        this.sql = file.sql();
    }

    /** Every coded passage of the project, by document and position. */
    public List<CodedPassage> all() {
        return sql.list(SELECT + ORDER, CodedPassageQuery::map);
    }

    /**
     * The passages of the given codes, by document and position. Many codes are read in one pass over
     * all passages (in document order) rather than by code, which would visit the rows out of order.
     */
    public List<CodedPassage> ofCodes(Collection<Long> codeIds) {
        if (codeIds.isEmpty()) {
            return List.of();
        }
        if (codeIds.size() > MANY_CODES) {
            Set<Long> wanted = new HashSet<>(codeIds);
            return all().stream().filter(p -> wanted.contains(p.codeId())).toList();
        }
        return sql.list(SELECT + " WHERE s.code_id IN (" + placeholders(codeIds.size()) + ")" + ORDER,
                CodedPassageQuery::map, codeIds.toArray());
    }

    private static String placeholders(int n) {
        return IntStream.range(0, n).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }

    static CodedPassage map(ResultSet rs) throws SQLException {
        return new CodedPassage(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5), rs.getLong(6),
                null, "", null, false, "", rs.getString(7));
    }
}
