package org.tema.ui.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.app.Project;
import org.tema.ui.TestProjects;
import org.tema.ui.coding.CodeTreeViewModel;
import org.tema.ui.coding.CodingViewModel;
import org.tema.ui.common.Messages;
import org.tema.ui.common.ProjectSession;
import org.tema.ui.common.SameThreadTaskRunner;

class PrepareViewModelTest {
    @TempDir
    Path dir;
    Project project;
    ProjectSession session;
    CodingViewModel coding;
    PrepareViewModel prepare;
    final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        project = Project.open(TestProjects.interview(dir));
        session = new ProjectSession(project, new SameThreadTaskRunner(), errors::add);
        coding = new CodingViewModel(session, new CodeTreeViewModel(session), Messages.of(Locale.ENGLISH));
        prepare = new PrepareViewModel(session, coding, Messages.of(Locale.ENGLISH));
    }

    @AfterEach
    void close() {
        project.close();
        assertTrue(errors.isEmpty(), () -> errors.toString());
    }

    @Test
    void memoIsStoredAndUndoable() {
        prepare.memoProperty().set("Calm interview, a lot about mentors.");
        prepare.storeMemo();
        assertEquals("Calm interview, a lot about mentors.", project.documents().list().get(0).memo());
        session.undo();
        assertEquals("", prepare.memoProperty().get());
    }

    @Test
    void journalEntriesAreAddedWithTheirDate() {
        prepare.journalDraftProperty().set("Read Gruppe H twice.");
        prepare.addJournalEntry(LocalDate.of(2026, 3, 1));
        assertEquals(1, prepare.journal().size());
        assertEquals(LocalDate.of(2026, 3, 1), prepare.journal().get(0).date());
        assertEquals("", prepare.journalDraftProperty().get());
        prepare.deleteJournalEntry(prepare.journal().get(0));
        assertTrue(prepare.journal().isEmpty());
    }

    @Test
    void candidateThemesAreNotedAndDeleted() {
        prepare.themeNameProperty().set("Trygghet");
        prepare.themeNoteProperty().set("home visits");
        prepare.addTheme();
        assertEquals("Trygghet", prepare.themes().get(0).name());
        assertEquals("Note candidate theme «Trygghet»", session.undoNameProperty().get());
        prepare.deleteTheme(prepare.themes().get(0));
        assertTrue(prepare.themes().isEmpty());
    }

    @Test
    void correctingTheTextKeepsCodingOnItsWords() {
        String text = TestProjects.TEXT;
        int s = text.indexOf("Mentoren kjenner");
        coding.select(s, s + "Mentoren kjenner".length());
        coding.apply(project.codeBook().find("1"));
        int typo = text.indexOf("ringer");
        prepare.correctText(typo, typo + "ringer".length(), "ringte");
        String newText = coding.contentProperty().get().text();
        assertTrue(newText.contains("Da ringte jeg"));
        assertEquals("Mentoren kjenner", newText.substring(coding.marks().get(0).start(), coding.marks().get(0).end()));
        prepare.correctText(0, 0, "Ny innledning.\n");
        assertEquals("Mentoren kjenner", coding.contentProperty().get().text()
                .substring(coding.marks().get(0).start(), coding.marks().get(0).end()));
    }
}
