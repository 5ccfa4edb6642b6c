package org.tema.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;

/** The code tree. */
public final class CodeRepository {
    private static final String COLUMNS = "id, guid, parent_id, number, name, colour, description, when_to_use, "
            + "when_not_to_use, example, memo, summary, position";
    private final Sql sql;

    public CodeRepository(ProjectFile file) {
        this.sql = file.sql();
    }

    public long insert(Code c) {
        CodeDefinition d = c.definition();
        return sql.insert("INSERT INTO code (id, guid, parent_id, number, name, colour, description, when_to_use, "
                        + "when_not_to_use, example, memo, summary, position) VALUES (NULLIF(?, 0), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.id(), c.guid(), c.parentId(), DocumentRepository.nz(c.number()), c.name(), c.colour(), d.description(),
                d.whenToUse(), d.whenNotToUse(), d.example(), DocumentRepository.nz(c.memo()),
                DocumentRepository.nz(c.summary()), c.position());
    }

    /** Writes every field of an existing code. */
    public void update(Code c) {
        CodeDefinition d = c.definition();
        sql.update("UPDATE code SET parent_id = ?, number = ?, name = ?, colour = ?, description = ?, when_to_use = ?, "
                        + "when_not_to_use = ?, example = ?, memo = ?, summary = ?, position = ? WHERE id = ?",
                c.parentId(), DocumentRepository.nz(c.number()), c.name(), c.colour(), d.description(), d.whenToUse(),
                d.whenNotToUse(), d.example(), DocumentRepository.nz(c.memo()), DocumentRepository.nz(c.summary()),
                c.position(), c.id());
    }

    public void delete(long id) {
        sql.update("DELETE FROM code WHERE id = ?", id);
    }

    public List<Code> list() {
        return sql.list("SELECT " + COLUMNS + " FROM code ORDER BY position, id", CodeRepository::map);
    }

    public Optional<Code> find(long id) {
        return sql.one("SELECT " + COLUMNS + " FROM code WHERE id = ?", CodeRepository::map, id);
    }

    public List<Code> children(Long parentId) {
        return parentId == null
                ? sql.list("SELECT " + COLUMNS + " FROM code WHERE parent_id IS NULL ORDER BY position, id", CodeRepository::map)
                : sql.list("SELECT " + COLUMNS + " FROM code WHERE parent_id = ? ORDER BY position, id", CodeRepository::map, parentId);
    }

    public int nextPosition(Long parentId) {
        return (int) (parentId == null
                ? sql.count("SELECT coalesce(max(position) + 1, 0) FROM code WHERE parent_id IS NULL")
                : sql.count("SELECT coalesce(max(position) + 1, 0) FROM code WHERE parent_id = ?", parentId));
    }

    public long count() {
        return sql.count("SELECT count(*) FROM code");
    }

    static Code map(ResultSet rs) throws SQLException {
        return new Code(rs.getLong("id"), rs.getString("guid"), Sql.nullableLong(rs, "parent_id"), rs.getString("number"),
                rs.getString("name"), rs.getString("colour"),
                new CodeDefinition(rs.getString("description"), rs.getString("when_to_use"),
                        rs.getString("when_not_to_use"), rs.getString("example")),
                rs.getString("memo"), rs.getString("summary"), rs.getInt("position"));
    }
}
