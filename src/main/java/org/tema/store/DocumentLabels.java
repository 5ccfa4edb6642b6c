package org.tema.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents' names and groups, read without touching their text (a document's name lies before its
 * text in the row, its group is in the covering index {@code document_group}).
 */
public final class DocumentLabels {
    private final Sql sql;

    public DocumentLabels(ProjectFile file) {
        this.sql = file.sql();
    }

    /** Each document's name by id, in id order. */
    public Map<Long, String> names() {
        Map<Long, String> names = new LinkedHashMap<>();
        sql.list("SELECT id, name FROM document ORDER BY id", rs -> names.put(rs.getLong(1), rs.getString(2)));
        return names;
    }

    /** The distinct, non-empty groups of documents and participants. */
    public List<String> groups() {
        return sql.list("SELECT group_name FROM document INDEXED BY document_group WHERE group_name <> '' "
                + "UNION SELECT group_name FROM participant WHERE group_name <> ''", rs -> rs.getString(1));
    }
}
