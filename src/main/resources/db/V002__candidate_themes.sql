-- Candidate themes noted while reading (phase 1); later they can become codes or categories.
CREATE TABLE candidate_theme (
    id      INTEGER PRIMARY KEY,
    guid    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL CHECK (length(trim(name)) > 0),
    note    TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
);
