package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.io.json.ProjectJson;
import org.tema.store.ProjectFileException;

class BackupsTest {
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Instant MONDAY_NINE = LocalDateTime.of(2026, 11, 30, 9, 0).atZone(OSLO).toInstant();

    @TempDir
    Path dir;

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, OSLO);
    }

    @Test
    void backupIsAProjectWithTheSameContentInADatedFileBesideTheProject() throws Exception {
        try (Offices offices = new Offices(dir)) {
            Backup b = new Backups(offices.project, at(MONDAY_NINE)).backUpNow();
            assertEquals(dir.resolve("offices.tema-backups").resolve("offices-2026-11-30-0900.tema"), b.path());
            assertEquals(LocalDateTime.of(2026, 11, 30, 9, 0), b.made());
            assertEquals(Files.size(b.path()), b.size());
            String original = ProjectJson.toJson(ProjectJson.snapshot(offices.project.stores().file()));
            try (Project copy = Project.open(b.path())) {
                assertEquals(original, ProjectJson.toJson(ProjectJson.snapshot(copy.stores().file())));
                assertTrue(copy.check().isEmpty());
            }
        }
    }

    @Test
    void automaticBackupIsMadeWhenNoneExistsAndThenOnlyAfterTwentyFourHours() {
        try (Offices offices = new Offices(dir)) {
            Project p = offices.project;
            assertTrue(new Backups(p, at(MONDAY_NINE)).backUpIfDue().isPresent(), "the first one");
            assertTrue(new Backups(p, at(MONDAY_NINE.plus(Duration.ofHours(23).plusMinutes(59)))).backUpIfDue().isEmpty());
            Optional<Backup> next = new Backups(p, at(MONDAY_NINE.plus(Duration.ofHours(24)))).backUpIfDue();
            assertEquals(LocalDateTime.of(2026, 12, 1, 9, 0), next.orElseThrow().made());
            assertEquals(2, BackupFolder.of(p.path()).list().size());
        }
    }

    @Test
    void keepsTheNewestSevenAndListsThemNewestFirst() {
        try (Offices offices = new Offices(dir)) {
            for (int day = 0; day < 9; day++) {
                new Backups(offices.project, at(MONDAY_NINE.plus(Duration.ofDays(day)))).backUpNow();
            }
            List<Backup> kept = BackupFolder.of(offices.project.path()).list();
            assertEquals(Backups.KEPT, kept.size());
            assertEquals(LocalDateTime.of(2026, 12, 8, 9, 0), kept.get(0).made());
            assertEquals(LocalDateTime.of(2026, 12, 2, 9, 0), kept.get(6).made());
        }
    }

    @Test
    void failedBackupDeletesNoOlderOne() throws Exception {
        try (Offices offices = new Offices(dir)) {
            Project p = offices.project;
            for (int day = 0; day < Backups.KEPT; day++) {
                new Backups(p, at(MONDAY_NINE.plus(Duration.ofDays(day)))).backUpNow();
            }
            Path next = BackupFolder.of(p.path()).fileFor(LocalDateTime.of(2026, 12, 7, 9, 0));
            Files.createDirectory(next); // a folder where the new backup would go: the move fails
            assertThrows(ProjectFileException.class, () -> new Backups(p, at(MONDAY_NINE.plus(Duration.ofDays(7)))).backUpNow());
            assertEquals(Backups.KEPT, BackupFolder.of(p.path()).list().size());
            assertEquals(LocalDateTime.of(2026, 11, 30, 9, 0), BackupFolder.of(p.path()).list().get(6).made(), "the oldest is still there");
            try (Stream<Path> files = Files.list(BackupFolder.of(p.path()).path())) {
                assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")), "no half copy left");
            }
        }
    }

    @Test
    void automaticBackupThatCannotBeWrittenReportsTheReasonAndTheProjectStaysUsable() throws Exception {
        Files.writeString(dir.resolve("offices.tema-backups"), "a file where the backup folder should be");
        try (Offices offices = new Offices(dir)) {
            AutomaticBackup.Outcome outcome = new AutomaticBackup(at(MONDAY_NINE), Optional.empty()).run(offices.project);
            assertTrue(outcome.made().isEmpty());
            assertTrue(outcome.failure().orElseThrow().contains("could not be written"), outcome.failure().get());
            long code = offices.project.codeBook().add(null, "9", "Etter feilen").id();
            assertEquals("Etter feilen", offices.project.codeBook().get(code).name());
        }
    }

    @Test
    void projectsInsideTheSampleMaterialAreNotBackedUp() {
        try (Offices offices = new Offices(dir)) {
            AutomaticBackup.Outcome outcome = new AutomaticBackup(at(MONDAY_NINE), Optional.of(dir)).run(offices.project);
            assertEquals(new AutomaticBackup.Outcome(Optional.empty(), Optional.empty()), outcome);
            assertFalse(Files.exists(dir.resolve("offices.tema-backups")));
        }
    }

    @Test
    void restoreMakesANewProjectAndNeverOverwrites() throws Exception {
        Backup b;
        try (Offices offices = new Offices(dir)) {
            b = new Backups(offices.project, at(MONDAY_NINE)).backUpNow();
            offices.project.codeBook().add(null, "9", "Etter sikkerhetskopien");
        }
        Path project = dir.resolve("offices.tema");
        Path restored = BackupRestore.restoredName(project, b);
        assertEquals(dir.resolve("offices (restored 2026-11-30).tema"), restored);
        BackupRestore.restore(b.path(), restored);
        try (Project p = Project.open(restored)) {
            assertThrows(IllegalArgumentException.class, () -> p.codeBook().find("Etter sikkerhetskopien"));
            assertEquals("Tillit", p.codeBook().find("Tillit").name());
        }
        assertEquals(dir.resolve("offices (restored 2026-11-30) 2.tema"), BackupRestore.restoredName(project, b));
        byte[] current = Files.readAllBytes(project);
        assertThrows(ProjectFileException.class, () -> BackupRestore.restore(b.path(), project));
        assertTrue(java.util.Arrays.equals(current, Files.readAllBytes(project)), "the current project is untouched");
    }

    @Test
    void restoreRefusesAFileThatIsNotATemaProject() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes-2026-11-30-0900.tema"), "bare tekst\n".repeat(20));
        assertThrows(ProjectFileException.class, () -> BackupRestore.restore(notes, dir.resolve("new.tema")));
        assertFalse(Files.exists(dir.resolve("new.tema")));
    }

    @Test
    void otherFilesInTheBackupFolderAreNeitherListedNorDeleted() throws Exception {
        try (Offices offices = new Offices(dir)) {
            BackupFolder folder = BackupFolder.of(offices.project.path());
            Files.createDirectories(folder.path());
            Path mine = Files.writeString(folder.path().resolve("my notes.txt"), "keep");
            Path other = Files.writeString(folder.path().resolve("other-2026-11-01-0800.tema"), "another project's name");
            for (int day = 0; day < 9; day++) {
                new Backups(offices.project, at(MONDAY_NINE.plus(Duration.ofDays(day)))).backUpNow();
            }
            assertEquals(Backups.KEPT, folder.list().size());
            assertTrue(Files.exists(mine) && Files.exists(other));
        }
    }
}
