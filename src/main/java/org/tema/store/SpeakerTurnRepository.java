package org.tema.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.tema.model.SpeakerTurn;

/** Speaker turns of transcripts. */
public final class SpeakerTurnRepository {
    private static final String COLUMNS = "id, document_id, start, end, speaker, participant_id, start_millis, end_millis";
    private static final String INSERT = "INSERT INTO speaker_turn (id, document_id, start, end, speaker, participant_id, "
            + "start_millis, end_millis) VALUES (NULLIF(?, 0), ?, ?, ?, ?, ?, ?, ?)";
    private final Sql sql;

    public SpeakerTurnRepository(ProjectFile file) {
        this.sql = file.sql();
    }

    public long insert(SpeakerTurn t) {
        return sql.insert(INSERT, values(t));
    }

    /** Inserts many turns with one prepared statement (a transcript has hundreds); ids of 0 let the database choose. */
    public void insertAll(List<SpeakerTurn> turns) {
        sql.batch(INSERT, turns, SpeakerTurnRepository::values);
    }

    private static Object[] values(SpeakerTurn t) {
        return new Object[] {t.id(), t.documentId(), t.start(), t.end(), t.speaker(), t.participantId(), t.startMillis(),
            t.endMillis()};
    }

    public List<SpeakerTurn> ofDocument(long documentId) {
        return sql.list("SELECT " + COLUMNS + " FROM speaker_turn WHERE document_id = ? ORDER BY start, id",
                SpeakerTurnRepository::map, documentId);
    }

    public List<SpeakerTurn> list() {
        return sql.list("SELECT " + COLUMNS + " FROM speaker_turn ORDER BY document_id, start, id", SpeakerTurnRepository::map);
    }

    public void deleteOfDocument(long documentId) {
        sql.update("DELETE FROM speaker_turn WHERE document_id = ?", documentId);
    }

    public void setParticipant(String speakerLabel, Long participantId) {
        sql.update("UPDATE speaker_turn SET participant_id = ? WHERE speaker = ?", participantId, speakerLabel);
    }

    public void rename(String oldLabel, String newLabel) {
        sql.update("UPDATE speaker_turn SET speaker = ? WHERE speaker = ?", newLabel, oldLabel);
    }

    public long count() {
        return sql.count("SELECT count(*) FROM speaker_turn");
    }

    static SpeakerTurn map(ResultSet rs) throws SQLException {
        return new SpeakerTurn(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("start"), rs.getInt("end"),
                rs.getString("speaker"), Sql.nullableLong(rs, "participant_id"),
                Sql.nullableLong(rs, "start_millis"), Sql.nullableLong(rs, "end_millis"));
    }
}
