package org.tema.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tema.model.Category;

/** Categories and the ordered codes in each. A code belongs to at most one category. */
public final class CategoryRepository {
    private final Sql sql;

    public CategoryRepository(ProjectFile file) {
        this.sql = file.sql();
    }

    /** Inserts the category and its codes; an id of 0 lets the database choose one. */
    public long insert(Category c) {
        long id = sql.insert("INSERT INTO category (id, guid, name, description, memo, position) VALUES (NULLIF(?, 0), ?, ?, ?, ?, ?)",
                c.id(), c.guid(), c.name(), DocumentRepository.nz(c.description()), DocumentRepository.nz(c.memo()), c.position());
        setCodes(id, c.codeIds());
        return id;
    }

    /** Writes every field and the code list of an existing category. */
    public void update(Category c) {
        sql.update("UPDATE category SET name = ?, description = ?, memo = ?, position = ? WHERE id = ?",
                c.name(), DocumentRepository.nz(c.description()), DocumentRepository.nz(c.memo()), c.position(), c.id());
        setCodes(c.id(), c.codeIds());
    }

    public void delete(long id) {
        sql.update("DELETE FROM category WHERE id = ?", id);
    }

    private void setCodes(long categoryId, List<Long> codeIds) {
        sql.update("DELETE FROM category_code WHERE category_id = ?", categoryId);
        for (int i = 0; i < codeIds.size(); i++) {
            sql.update("INSERT INTO category_code (category_id, code_id, position) VALUES (?, ?, ?)", categoryId, codeIds.get(i), i);
        }
    }

    public List<Category> list() {
        Map<Long, List<Long>> codes = new HashMap<>();
        sql.list("SELECT category_id, code_id FROM category_code ORDER BY category_id, position", rs -> {
            codes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            return null;
        });
        return sql.list("SELECT id, guid, name, description, memo, position FROM category ORDER BY position, id",
                rs -> new Category(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6), codes.getOrDefault(rs.getLong(1), List.of())));
    }

    public Optional<Category> find(long id) {
        return list().stream().filter(c -> c.id() == id).findFirst();
    }

    /** The category a code is in, if any. */
    public Optional<Long> categoryOf(long codeId) {
        return sql.one("SELECT category_id FROM category_code WHERE code_id = ?", rs -> rs.getLong(1), codeId);
    }

    public int nextPosition() {
        return (int) sql.count("SELECT coalesce(max(position) + 1, 0) FROM category");
    }

    public long count() {
        return sql.count("SELECT count(*) FROM category");
    }
}
