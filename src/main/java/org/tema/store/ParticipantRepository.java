package org.tema.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.tema.model.Attribute;
import org.tema.model.AttributeType;
import org.tema.model.AttributeValue;
import org.tema.model.Participant;

/** Participants (cases), the attributes they can have and their values. */
public final class ParticipantRepository {
    private static final String COLUMNS = "id, guid, pseudonym, group_name, interviewer, memo";
    private final Sql sql;

    public ParticipantRepository(ProjectFile file) {
        this.sql = file.sql();
    }

    public long insert(Participant p) {
        return sql.insert("INSERT INTO participant (id, guid, pseudonym, group_name, interviewer, memo) "
                + "VALUES (NULLIF(?, 0), ?, ?, ?, ?, ?)", p.id(), p.guid(), p.pseudonym(), DocumentRepository.nz(p.group()),
                p.interviewer() ? 1 : 0, DocumentRepository.nz(p.memo()));
    }

    public void update(Participant p) {
        sql.update("UPDATE participant SET pseudonym = ?, group_name = ?, interviewer = ?, memo = ? WHERE id = ?",
                p.pseudonym(), DocumentRepository.nz(p.group()), p.interviewer() ? 1 : 0, DocumentRepository.nz(p.memo()), p.id());
    }

    public void delete(long id) {
        sql.update("DELETE FROM participant WHERE id = ?", id);
    }

    public List<Participant> list() {
        return sql.list("SELECT " + COLUMNS + " FROM participant ORDER BY id", ParticipantRepository::map);
    }

    public Optional<Participant> find(long id) {
        return sql.one("SELECT " + COLUMNS + " FROM participant WHERE id = ?", ParticipantRepository::map, id);
    }

    public Optional<Participant> findByPseudonym(String pseudonym) {
        return sql.one("SELECT " + COLUMNS + " FROM participant WHERE pseudonym = ?", ParticipantRepository::map, pseudonym);
    }

    public long insertAttribute(Attribute a) {
        return sql.insert("INSERT INTO attribute (id, guid, name, type) VALUES (NULLIF(?, 0), ?, ?, ?)",
                a.id(), a.guid(), a.name(), a.type().name());
    }

    public void updateAttribute(Attribute a) {
        sql.update("UPDATE attribute SET name = ?, type = ? WHERE id = ?", a.name(), a.type().name(), a.id());
    }

    public void deleteAttribute(long id) {
        sql.update("DELETE FROM attribute WHERE id = ?", id);
    }

    public List<Attribute> attributes() {
        return sql.list("SELECT id, guid, name, type FROM attribute ORDER BY id", ParticipantRepository::mapAttribute);
    }

    public Optional<Attribute> findAttribute(String name) {
        return sql.one("SELECT id, guid, name, type FROM attribute WHERE name = ?", ParticipantRepository::mapAttribute, name);
    }

    /** Sets a value, or clears it when {@code value} is null. */
    public void setValue(long participantId, long attributeId, String value) {
        if (value == null) {
            sql.update("DELETE FROM attribute_value WHERE participant_id = ? AND attribute_id = ?", participantId, attributeId);
        } else {
            sql.update("INSERT INTO attribute_value (participant_id, attribute_id, value) VALUES (?, ?, ?) "
                    + "ON CONFLICT (participant_id, attribute_id) DO UPDATE SET value = excluded.value",
                    participantId, attributeId, value);
        }
    }

    public Optional<String> value(long participantId, long attributeId) {
        return sql.one("SELECT value FROM attribute_value WHERE participant_id = ? AND attribute_id = ?",
                rs -> rs.getString(1), participantId, attributeId);
    }

    public List<AttributeValue> values() {
        return sql.list("SELECT participant_id, attribute_id, value FROM attribute_value ORDER BY participant_id, attribute_id",
                rs -> new AttributeValue(rs.getLong(1), rs.getLong(2), rs.getString(3)));
    }

    public List<AttributeValue> valuesOf(long participantId) {
        return sql.list("SELECT participant_id, attribute_id, value FROM attribute_value WHERE participant_id = ? "
                + "ORDER BY attribute_id", rs -> new AttributeValue(rs.getLong(1), rs.getLong(2), rs.getString(3)), participantId);
    }

    public long count() {
        return sql.count("SELECT count(*) FROM participant");
    }

    static Participant map(ResultSet rs) throws SQLException {
        return new Participant(rs.getLong("id"), rs.getString("guid"), rs.getString("pseudonym"),
                rs.getString("group_name"), rs.getInt("interviewer") == 1, rs.getString("memo"));
    }

    static Attribute mapAttribute(ResultSet rs) throws SQLException {
        return new Attribute(rs.getLong("id"), rs.getString("guid"), rs.getString("name"),
                AttributeType.valueOf(rs.getString("type")));
    }
}
