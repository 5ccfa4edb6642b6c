package org.tema.model;

import java.time.Instant;

/** A theme noted while reading (phase 1), before it becomes a code or a category. */
public record CandidateTheme(long id, String guid, String name, String note, Instant created) {
    public CandidateTheme withText(String newName, String newNote) {
        return new CandidateTheme(id, guid, newName, newNote, created);
    }

    public CandidateTheme withId(long newId) {
        return new CandidateTheme(newId, guid, name, note, created);
    }
}
