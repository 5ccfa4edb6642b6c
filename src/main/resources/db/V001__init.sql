-- Tema project file, version 1. Offsets are UTF-16 code units of the stored text (LF line endings).
CREATE TABLE project_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE coder (
    id   INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE document (
    id                 INTEGER PRIMARY KEY,
    guid               TEXT NOT NULL UNIQUE,
    name               TEXT NOT NULL,
    original_file_name TEXT NOT NULL DEFAULT '',
    format             TEXT NOT NULL DEFAULT '',
    text               TEXT NOT NULL,
    word_count         INTEGER NOT NULL CHECK (word_count >= 0),
    group_name         TEXT NOT NULL DEFAULT '',
    interview_date     TEXT,
    memo               TEXT NOT NULL DEFAULT ''
);

CREATE TABLE participant (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    pseudonym   TEXT NOT NULL UNIQUE,
    group_name  TEXT NOT NULL DEFAULT '',
    interviewer INTEGER NOT NULL DEFAULT 0 CHECK (interviewer IN (0, 1)),
    memo        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE attribute (
    id       INTEGER PRIMARY KEY,
    guid     TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL UNIQUE,
    type     TEXT NOT NULL CHECK (type IN ('TEXT', 'INTEGER', 'DECIMAL', 'BOOLEAN', 'DATE'))
);

CREATE TABLE attribute_value (
    participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    attribute_id   INTEGER NOT NULL REFERENCES attribute (id) ON DELETE CASCADE,
    value          TEXT NOT NULL,
    PRIMARY KEY (participant_id, attribute_id)
);
CREATE INDEX attribute_value_by_attribute ON attribute_value (attribute_id);

CREATE TABLE speaker_turn (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    start          INTEGER NOT NULL CHECK (start >= 0),
    end            INTEGER NOT NULL CHECK (end >= start),
    speaker        TEXT NOT NULL,
    participant_id INTEGER REFERENCES participant (id) ON DELETE SET NULL,
    start_millis   INTEGER,
    end_millis     INTEGER
);
CREATE INDEX speaker_turn_by_document ON speaker_turn (document_id, start);
CREATE INDEX speaker_turn_by_participant ON speaker_turn (participant_id);

CREATE TABLE code (
    id             INTEGER PRIMARY KEY,
    guid           TEXT NOT NULL UNIQUE,
    parent_id      INTEGER REFERENCES code (id) ON DELETE RESTRICT,
    number         TEXT NOT NULL DEFAULT '',
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    colour         TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    when_to_use    TEXT NOT NULL DEFAULT '',
    when_not_to_use TEXT NOT NULL DEFAULT '',
    example        TEXT NOT NULL DEFAULT '',
    memo           TEXT NOT NULL DEFAULT '',
    summary        TEXT NOT NULL DEFAULT '',
    position       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX code_by_parent ON code (parent_id, position);

CREATE TABLE category (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    memo        TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE category_code (
    category_id INTEGER NOT NULL REFERENCES category (id) ON DELETE CASCADE,
    code_id     INTEGER NOT NULL UNIQUE REFERENCES code (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (category_id, code_id)
);

CREATE TABLE segment (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    code_id     INTEGER NOT NULL REFERENCES code (id) ON DELETE CASCADE,
    start       INTEGER NOT NULL CHECK (start >= 0),
    end         INTEGER NOT NULL CHECK (end > start),
    coder_id    INTEGER NOT NULL REFERENCES coder (id),
    created     TEXT NOT NULL,
    memo        TEXT NOT NULL DEFAULT '',
    in_report   INTEGER NOT NULL DEFAULT 0 CHECK (in_report IN (0, 1))
);
CREATE INDEX segment_by_code ON segment (code_id, document_id, start);
CREATE INDEX segment_by_document ON segment (document_id, start);

CREATE TABLE journal_entry (
    id    INTEGER PRIMARY KEY,
    guid  TEXT NOT NULL UNIQUE,
    date  TEXT NOT NULL,
    text  TEXT NOT NULL
);

CREATE VIRTUAL TABLE document_fts USING fts5 (
    text, content = 'document', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER document_fts_insert AFTER INSERT ON document BEGIN
    INSERT INTO document_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER document_fts_delete AFTER DELETE ON document BEGIN
    INSERT INTO document_fts (document_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER document_fts_update AFTER UPDATE OF text ON document BEGIN
    INSERT INTO document_fts (document_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO document_fts (rowid, text) VALUES (new.id, new.text);
END;
