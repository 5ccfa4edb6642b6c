package org.tema.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tema.model.Coder;

/** The people who code. */
public final class CoderRepository {
    private final Sql sql;

    public CoderRepository(ProjectFile file) {
        this.sql = file.sql();
    }

    public long insert(Coder c) {
        return sql.insert("INSERT INTO coder (id, guid, name) VALUES (NULLIF(?, 0), ?, ?)", c.id(), c.guid(), c.name());
    }

    public List<Coder> list() {
        return sql.list("SELECT id, guid, name FROM coder ORDER BY id", rs -> new Coder(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    public Optional<Coder> findByName(String name) {
        return sql.one("SELECT id, guid, name FROM coder WHERE name = ?",
                rs -> new Coder(rs.getLong(1), rs.getString(2), rs.getString(3)), name);
    }

    /** The coder of this name, created when new. */
    public Coder obtain(String name) {
        return findByName(name).orElseGet(() -> {
            Coder c = new Coder(0, UUID.randomUUID().toString(), name);
            return new Coder(insert(c), c.guid(), name);
        });
    }
}
