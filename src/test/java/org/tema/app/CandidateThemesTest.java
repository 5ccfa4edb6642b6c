package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.model.CandidateTheme;

class CandidateThemesTest {
    @TempDir
    Path dir;

    @Test
    void noteEditAndDeleteAreStoredAndUndoable() {
        try (Project p = Project.create(dir.resolve("t.tema"))) {
            CandidateTheme t = p.candidateThemes().add(" Trust in the office ", "came up twice");
            assertEquals("Trust in the office", t.name());
            p.candidateThemes().edit(t.id(), "Trust", "came up three times");
            assertEquals("Trust", p.candidateThemes().get(t.id()).name());
            assertEquals("Edit candidate theme «Trust in the office»", p.history().undoName().orElseThrow());
            p.history().undo();
            assertEquals("came up twice", p.candidateThemes().get(t.id()).note());
            p.candidateThemes().delete(t.id());
            assertTrue(p.candidateThemes().list().isEmpty());
            p.history().undo();
            assertEquals(1, p.candidateThemes().list().size());
            p.history().undo();
            p.history().undo();
            assertTrue(p.candidateThemes().list().isEmpty());
            p.history().redo();
            assertEquals(t.guid(), p.candidateThemes().list().get(0).guid());
        }
    }

    @Test
    void themeWithoutNameIsRefused() {
        try (Project p = Project.create(dir.resolve("t.tema"))) {
            assertThrows(IllegalArgumentException.class, () -> p.candidateThemes().add("  ", ""));
        }
    }

    @Test
    void themesSurviveReopening() {
        Path file = dir.resolve("t.tema");
        try (Project p = Project.create(file)) {
            p.candidateThemes().add("Mentors", "");
        }
        try (Project p = Project.open(file)) {
            assertEquals("Mentors", p.candidateThemes().list().get(0).name());
        }
    }
}
