-- Omissions inside coded passages: parts of a quote left out in the findings report, printed "(...)".
-- Offsets are absolute offsets of the document's text (UTF-16 code units, like segment.start/end),
-- and lie inside their passage, so a text edit adjusts them the same way as the passage.
CREATE TABLE segment_omission (
    segment_id INTEGER NOT NULL REFERENCES segment (id) ON DELETE CASCADE,
    start      INTEGER NOT NULL CHECK (start >= 0),
    end        INTEGER NOT NULL CHECK (end > start),
    PRIMARY KEY (segment_id, start)
);
