package org.tema.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.tema.model.SummaryCell;

/** The analyst's summaries in the cells of the summary grid. A cell without text is not stored. */
public final class SummaryCellRepository {
    private static final String SELECT = "SELECT code_id, participant_id, group_name, text FROM summary_cell ";
    private final Sql sql;

    public SummaryCellRepository(ProjectFile file) {
        this.sql = file.sql();
    }

    public List<SummaryCell> list() {
        return sql.list(SELECT + "ORDER BY id", SummaryCellRepository::map);
    }

    /** The summaries of one code's cells. */
    public List<SummaryCell> ofCode(long codeId) {
        return sql.list(SELECT + "WHERE code_id = ? ORDER BY id", SummaryCellRepository::map, codeId);
    }

    /** The summary of the cell of this code and participant (or group), if one has been written. */
    public Optional<SummaryCell> find(long codeId, Long participantId, String group) {
        return participantId != null
                ? sql.one(SELECT + "WHERE code_id = ? AND participant_id = ?", SummaryCellRepository::map, codeId, participantId)
                : sql.one(SELECT + "WHERE code_id = ? AND group_name = ?", SummaryCellRepository::map, codeId, group);
    }

    /** Writes the cell's summary, replacing any earlier one; an empty text removes the cell. */
    public void put(SummaryCell cell) {
        remove(cell.codeId(), cell.participantId(), cell.group());
        if (!cell.text().isEmpty()) {
            sql.insert("INSERT INTO summary_cell (code_id, participant_id, group_name, text) VALUES (?, ?, ?, ?)",
                    cell.codeId(), cell.participantId(), cell.group(), cell.text());
        }
    }

    public void remove(long codeId, Long participantId, String group) {
        if (participantId != null) {
            sql.update("DELETE FROM summary_cell WHERE code_id = ? AND participant_id = ?", codeId, participantId);
        } else {
            sql.update("DELETE FROM summary_cell WHERE code_id = ? AND group_name = ?", codeId, group);
        }
    }

    static SummaryCell map(ResultSet rs) throws SQLException {
        return new SummaryCell(rs.getLong("code_id"), Sql.nullableLong(rs, "participant_id"), rs.getString("group_name"),
                rs.getString("text"));
    }
}
