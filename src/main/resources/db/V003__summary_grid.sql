-- The analyst's summaries in the cells of the summary grid: one code for one participant or one group.
CREATE TABLE summary_cell (
    id             INTEGER PRIMARY KEY,
    code_id        INTEGER NOT NULL REFERENCES code (id) ON DELETE CASCADE,
    participant_id INTEGER REFERENCES participant (id) ON DELETE CASCADE,
    group_name     TEXT,
    text           TEXT NOT NULL,
    CHECK ((participant_id IS NULL) <> (group_name IS NULL))
);
CREATE UNIQUE INDEX summary_cell_by_participant ON summary_cell (code_id, participant_id) WHERE participant_id IS NOT NULL;
CREATE UNIQUE INDEX summary_cell_by_group ON summary_cell (code_id, group_name) WHERE group_name IS NOT NULL;

-- Documents' groups without reading their (long) text: the text column comes first in the row, so
-- without this covering index every look-up of a group walks the text's overflow pages.
CREATE INDEX document_group ON document (id, group_name);
