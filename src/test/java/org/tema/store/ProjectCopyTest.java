package org.tema.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectCopyTest {
    @TempDir
    Path dir;

    @Test
    void copyOfAnOpenProjectKeepsItsIdFormatAndLatestChanges() throws Exception {
        Path original = dir.resolve("open.tema");
        Path copy = dir.resolve("copies").resolve("copy.tema");
        try (ProjectFile f = ProjectFile.create(original)) {
            f.sql().update("INSERT INTO project_meta (key, value) VALUES ('note', 'written after opening')");
            ProjectCopy.write(f, copy);
            f.sql().update("INSERT INTO project_meta (key, value) VALUES ('later', 'not in the copy')");
            assertEquals("wal", f.sql().one("PRAGMA journal_mode", rs -> rs.getString(1)).orElseThrow(),
                    "the open project is still in WAL mode");
        }
        FileHeader header = FileHeader.read(copy);
        assertEquals(ProjectFile.APPLICATION_ID, header.applicationId());
        assertEquals(ProjectFile.latestFormat(), header.userVersion());
        try (ProjectFile c = ProjectFile.open(copy)) {
            assertEquals(1L, c.sql().count("SELECT count(*) FROM project_meta WHERE key = 'note'"));
            assertEquals(0L, c.sql().count("SELECT count(*) FROM project_meta WHERE key = 'later'"));
            assertTrue(new IntegrityCheck(c).run().isEmpty());
        }
    }

    @Test
    void failedCopyLeavesNoFileAndNamesTheTarget() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "a file where the folder should be");
        try (ProjectFile f = ProjectFile.create(dir.resolve("p.tema"))) {
            ProjectFileException e = assertThrows(ProjectFileException.class,
                    () -> ProjectCopy.write(f, blocker.resolve("copy.tema")));
            assertTrue(e.getMessage().startsWith("copy.tema: the copy could not be written"), e.getMessage());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".part")).count());
        }
    }

    @Test
    void copyReplacesAnOlderCopyOfTheSameNameWithoutLeavingTemporaryFiles() throws Exception {
        Path copy = dir.resolve("copy.tema");
        try (ProjectFile f = ProjectFile.create(dir.resolve("p.tema"))) {
            ProjectCopy.write(f, copy);
            f.sql().update("INSERT INTO project_meta (key, value) VALUES ('second', 'yes')");
            ProjectCopy.write(f, copy);
        }
        try (ProjectFile c = ProjectFile.open(copy)) {
            assertEquals(1L, c.sql().count("SELECT count(*) FROM project_meta WHERE key = 'second'"));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".part")).count());
        }
    }
}
