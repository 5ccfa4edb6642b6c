package org.tema.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.app.Project;
import org.tema.ui.TestProjects;
import org.tema.ui.common.SameThreadTaskRunner;
import org.tema.ui.common.Settings;

class ShellViewModelTest {
    @TempDir
    Path dir;

    private ShellViewModel shell(Optional<SampleMaker> sample, Optional<TranscriptImporter> importer) {
        return new ShellViewModel(new SameThreadTaskRunner(), new Settings(), sample, importer);
    }

    @Test
    void openingAProjectNamesTheWindowAndShowsItsStatus() {
        Path file = TestProjects.interview(dir);
        ShellViewModel shell = shell(Optional.empty(), Optional.empty());
        shell.open(file);
        assertEquals("Tema — intervju", shell.titleProperty().get());
        assertEquals(1, shell.countsProperty().get().documents());
        assertEquals(2, shell.countsProperty().get().codes());
        assertEquals(100, shell.documentStatus().get(0).uncodedPercent());
        assertEquals(file.toAbsolutePath().toString(), shell.settings().recentProjects().get(0));
        shell.closeThen(() -> { });
        assertNull(shell.sessionProperty().get());
        assertEquals("Tema", shell.titleProperty().get());
    }

    @Test
    void statusFollowsEdits() {
        ShellViewModel shell = shell(Optional.empty(), Optional.empty());
        shell.open(TestProjects.interview(dir));
        shell.withSession(s -> s.edit(p -> p.codeBook().add(null, "3", "Mentor")));
        assertEquals(3, shell.countsProperty().get().codes());
        shell.closeThen(() -> { });
    }

    @Test
    void theOpenSessionNamesEditsInTheWindowsLanguageAndFollowsASwitch() {
        ShellViewModel shell = shell(Optional.empty(), Optional.empty());
        shell.localeProperty().set(Locale.forLanguageTag("nb"));
        shell.open(TestProjects.interview(dir));
        shell.withSession(s -> s.edit(p -> p.codeBook().add(null, "3", "Mentor")));
        assertEquals("Legg til koden «Mentor»", shell.sessionProperty().get().undoNameProperty().get());
        shell.localeProperty().set(Locale.ENGLISH);
        assertEquals("Add code «Mentor»", shell.sessionProperty().get().undoNameProperty().get());
        shell.closeThen(() -> { });
    }

    @Test
    void aFileThatIsNotAProjectIsReportedAsAnError() throws Exception {
        Path notAProject = Files.writeString(dir.resolve("notes.tema"), "just text");
        ShellViewModel shell = shell(Optional.empty(), Optional.empty());
        shell.open(notAProject);
        assertNotNull(shell.errorProperty().get());
        assertNull(shell.sessionProperty().get());
    }

    @Test
    void theSampleIsMadeInTheChosenFolderAndOpened() {
        SampleMaker maker = folder -> TestProjects.interview(folder);
        ShellViewModel shell = shell(Optional.of(maker), Optional.empty());
        assertTrue(shell.hasSample());
        shell.openSample(dir);
        assertEquals("Tema — intervju", shell.titleProperty().get());
        shell.closeThen(() -> { });
    }

    @Test
    void droppedFilesAreReviewedThenImportedWithProgressAndProblemsAreListed() {
        Path file = TestProjects.interview(dir);
        List<List<SpeakerChoice>> imported = new java.util.ArrayList<>();
        TranscriptImporter importer = new TranscriptImporter() {
            @Override
            public List<SpeakerChoice> speakers(Project p, List<Path> files) {
                return List.of(new SpeakerChoice("Int", 3, "Int", false, false));
            }

            @Override
            public List<String> importFiles(Project p, List<Path> files, List<SpeakerChoice> speakers,
                                            org.tema.ui.common.ProgressSink progress) {
                imported.add(speakers);
                progress.progress(1, 2);
                p.documents().add("Extra", "extra.txt", "txt", "Hilde: Hei.", "", null, List.of());
                progress.progress(2, 2);
                return List.of("broken.docx: not a Word file");
            }
        };
        ShellViewModel shell = shell(Optional.empty(), Optional.of(importer));
        shell.setSpeakerReview(speakers -> Optional.of(List.of(speakers.get(0).withParticipant("Intervjuer", true))));
        shell.open(file);
        shell.importFiles(List.of(dir.resolve("extra.txt"), dir.resolve("broken.docx")));
        assertEquals(2, shell.countsProperty().get().documents());
        assertEquals(List.of("broken.docx: not a Word file"), shell.importProblems());
        assertEquals("Intervjuer", imported.get(0).get(0).participant());
        assertTrue(imported.get(0).get(0).interviewer());
        assertNull(shell.taskProperty().get());
        shell.closeThen(() -> { });
    }

    @Test
    void cancellingTheSpeakerReviewImportsNothing() {
        TranscriptImporter importer = new TranscriptImporter() {
            @Override
            public List<SpeakerChoice> speakers(Project p, List<Path> files) {
                return List.of(new SpeakerChoice("Anne", 1, "Anne", false, false));
            }

            @Override
            public List<String> importFiles(Project p, List<Path> files, List<SpeakerChoice> speakers,
                                            org.tema.ui.common.ProgressSink progress) {
                throw new AssertionError("nothing should be imported");
            }
        };
        ShellViewModel shell = shell(Optional.empty(), Optional.of(importer));
        shell.setSpeakerReview(speakers -> Optional.empty());
        shell.open(TestProjects.interview(dir));
        shell.importFiles(List.of(dir.resolve("a.txt")));
        assertEquals(1, shell.countsProperty().get().documents());
        assertNull(shell.errorProperty().get());
        shell.closeThen(() -> { });
    }

    @Test
    void eachProjectReopensInThePhaseShownLast() throws Exception {
        Path first = TestProjects.interview(Files.createDirectories(dir.resolve("first")));
        Path second = TestProjects.interview(Files.createDirectories(dir.resolve("second")));
        ShellViewModel shell = shell(Optional.empty(), Optional.empty());
        shell.open(first);
        shell.phaseProperty().set(Phase.REPORT);
        shell.open(second);
        assertEquals(Phase.REPORT, shell.phaseProperty().get(), "a project never shown keeps the current phase");
        shell.phaseProperty().set(Phase.PREPARE);
        shell.closeThen(() -> { });
        shell.phaseProperty().set(Phase.CODE);

        shell.open(first);
        assertEquals(Phase.REPORT, shell.phaseProperty().get());
        shell.open(second);
        assertEquals(Phase.PREPARE, shell.phaseProperty().get());
        assertEquals("PREPARE", shell.settings().project(Settings.projectKey(second)).lastPhase());
        shell.closeThen(() -> { });
    }
}
