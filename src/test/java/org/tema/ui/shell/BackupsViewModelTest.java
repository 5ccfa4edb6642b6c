package org.tema.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.app.Backup;
import org.tema.app.BackupFolder;
import org.tema.app.Project;
import org.tema.ui.TestProjects;
import org.tema.ui.common.SameThreadTaskRunner;
import org.tema.ui.common.Settings;

class BackupsViewModelTest {
    @TempDir
    Path dir;

    private final ShellViewModel shell = new ShellViewModel(new SameThreadTaskRunner(), new Settings(), Optional.empty(), Optional.empty());

    @Test
    void openingAProjectMakesItsFirstBackupAndOpeningAgainTheSameDayDoesNot() {
        Path file = TestProjects.interview(dir);
        shell.open(file);
        assertEquals(1, BackupFolder.of(file).list().size());
        assertNull(shell.backups().failureProperty().get());
        shell.open(file);
        assertEquals(1, BackupFolder.of(file).list().size());
        shell.closeThen(() -> { });
    }

    @Test
    void failedAutomaticBackupIsAWarningAndTheProjectIsOpenAndEditable() throws Exception {
        Path file = TestProjects.interview(dir);
        Files.writeString(BackupFolder.of(file).path(), "a file in the backup folder's place");
        shell.open(file);
        assertNotNull(shell.sessionProperty().get(), "the project opened");
        assertNull(shell.errorProperty().get(), "no error, only a warning");
        BackupsViewModel.Failure f = shell.backups().failureProperty().get();
        assertEquals("intervju", f.project());
        assertTrue(f.reason().contains("could not be written"), f.reason());
        shell.withSession(s -> s.edit(p -> p.codeBook().add(null, "3", "Mentor")));
        assertEquals(3, shell.countsProperty().get().codes());
        shell.closeThen(() -> { });
    }

    @Test
    void restoringOpensANewCopyBesideTheProjectAndLeavesTheProjectAsItWas() {
        Path file = TestProjects.interview(dir);
        shell.open(file);
        List<Backup> made = new ArrayList<>();
        shell.backups().backUpNow(made::add);
        shell.withSession(s -> s.edit(p -> p.codeBook().add(null, "3", "Mentor")));
        List<Backup> listed = new ArrayList<>();
        shell.backups().list(listed::addAll);
        assertEquals(made.get(0), listed.get(0));

        List<Path> restored = new ArrayList<>();
        shell.backups().restore(listed.get(0), restored::add);
        String day = listed.get(0).made().toLocalDate().toString();
        assertEquals(dir.resolve("intervju (restored " + day + ").tema").toAbsolutePath(), restored.get(0).toAbsolutePath());
        assertEquals("Tema — intervju (restored " + day + ")", shell.titleProperty().get());
        assertEquals(2, shell.countsProperty().get().codes(), "the copy is as it was when backed up");
        shell.closeThen(() -> { });
        try (Project original = Project.open(file)) {
            assertEquals(3, original.codeBook().codes().size(), "the project keeps its later work");
        }
    }

    @Test
    void theSampleCopyIsBackedUpInItsOwnFolderNotInTheSampleMaterial() throws Exception {
        Path material = Files.createDirectories(dir.resolve("sample-data"));
        Files.writeString(material.resolve("kontor.txt"), "Intervjuer: Hei.\nAnne: Hei.\n");
        List<Path> before;
        try (var s = Files.list(material)) {
            before = s.toList();
        }
        Path home = Files.createDirectories(dir.resolve("Tema"));
        ShellViewModel withSample = new ShellViewModel(new SameThreadTaskRunner(), new Settings(),
                Optional.of(SampleFolder.maker(material)), Optional.empty());
        withSample.openSample(home);
        Path copy = withSample.sessionProperty().get().path();
        assertTrue(copy.startsWith(home));
        assertEquals(1, BackupFolder.of(copy).list().size());
        withSample.closeThen(() -> { });
        try (var s = Files.list(material)) {
            assertEquals(before, s.toList(), "the sample material is unchanged");
        }
    }
}
