package org.tema.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tema.model.CandidateTheme;

/** Candidate themes noted while reading. */
public final class CandidateThemeRepository {
    private static final String COLUMNS = "id, guid, name, note, created";
    private final Sql sql;

    public CandidateThemeRepository(ProjectFile file) {
        this.sql = file.sql();
    }

    public long insert(CandidateTheme t) {
        return sql.insert("INSERT INTO candidate_theme (id, guid, name, note, created) VALUES (NULLIF(?, 0), ?, ?, ?, ?)",
                t.id(), t.guid(), t.name(), DocumentRepository.nz(t.note()), t.created().toString());
    }

    public void update(CandidateTheme t) {
        sql.update("UPDATE candidate_theme SET name = ?, note = ? WHERE id = ?", t.name(), DocumentRepository.nz(t.note()), t.id());
    }

    public void delete(long id) {
        sql.update("DELETE FROM candidate_theme WHERE id = ?", id);
    }

    public Optional<CandidateTheme> find(long id) {
        return sql.one("SELECT " + COLUMNS + " FROM candidate_theme WHERE id = ?", CandidateThemeRepository::map, id);
    }

    public List<CandidateTheme> list() {
        return sql.list("SELECT " + COLUMNS + " FROM candidate_theme ORDER BY created, id", CandidateThemeRepository::map);
    }

    private static CandidateTheme map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CandidateTheme(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), Instant.parse(rs.getString(5)));
    }
}
