package org.tema.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.app.Project;
import org.tema.model.Code;
import org.tema.ui.TestProjects;

class ProjectSessionTest {
    @TempDir
    Path dir;
    Project project;
    ProjectSession session;
    final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        project = Project.open(TestProjects.interview(dir));
        session = new ProjectSession(project, new SameThreadTaskRunner(), errors::add);
    }

    @AfterEach
    void close() {
        project.close();
        assertEquals(List.of(), errors);
    }

    @Test
    void undoAndRedoAreNamedInEnglishUntilALanguageIsSet() {
        Code first = project.codeBook().codes().get(0);
        session.edit(p -> p.codeBook().rename(first.id(), "Tillit"));
        assertEquals("Rename code «" + first.name() + "»", session.undoNameProperty().get());
        assertEquals("", session.redoNameProperty().get());
    }

    @Test
    void undoAndRedoAreNamedInTheSessionsLanguageAndRenamedWhenItChanges() {
        Code first = project.codeBook().codes().get(0);
        session.localeProperty().set(Locale.forLanguageTag("nb"));
        session.edit(p -> p.codeBook().rename(first.id(), "Tillit"));
        session.edit(p -> p.codeBook().rename(first.id(), "Relasjon og tillit"));
        session.undo();
        assertEquals("Gi koden «" + first.name() + "» nytt navn", session.undoNameProperty().get());
        assertEquals("Gi koden «Tillit» nytt navn", session.redoNameProperty().get());
        session.localeProperty().set(Locale.ENGLISH);
        assertEquals("Rename code «" + first.name() + "»", session.undoNameProperty().get());
        assertEquals("Rename code «Tillit»", session.redoNameProperty().get());
    }
}
