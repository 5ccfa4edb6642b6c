package org.tema.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {
    @TempDir
    Path dir;

    @Test
    void createdProjectUsesWalForeignKeysAndTheLatestFormat() {
        try (ProjectFile f = ProjectFile.create(dir.resolve("a.tema"))) {
            assertEquals("wal", f.sql().one("PRAGMA journal_mode", rs -> rs.getString(1)).orElseThrow());
            assertEquals(1L, f.sql().count("PRAGMA foreign_keys"));
            assertEquals(ProjectFile.latestFormat(), f.sql().count("PRAGMA user_version"));
            assertEquals(ProjectFile.APPLICATION_ID, f.sql().count("PRAGMA application_id"));
            assertEquals("a", f.name());
        }
    }

    @Test
    void batchRelaxesSyncUntilItEndsThenLeavesEveryChangeInTheMainFile() throws Exception {
        Path p = dir.resolve("batch.tema");
        try (ProjectFile f = ProjectFile.create(p)) {
            long inside = f.batch(() -> {
                f.transactions().run(() -> f.sql().update("INSERT INTO project_meta (key, value) VALUES ('batch', 'done')"));
                return f.sql().count("PRAGMA synchronous");
            });
            assertEquals(1L, inside, "NORMAL inside the batch");
            assertEquals(2L, f.sql().count("PRAGMA synchronous"), "FULL again after it");
            Path mainFileOnly = dir.resolve("copy.tema");
            Files.copy(p, mainFileOnly);
            try (ProjectFile copy = ProjectFile.open(mainFileOnly)) {
                assertEquals(1L, copy.sql().count("SELECT count(*) FROM project_meta WHERE key = 'batch'"),
                        "the batch was checkpointed into the main file");
            }
        }
    }

    @Test
    void batchThatFailsStillRestoresFullSync() {
        try (ProjectFile f = ProjectFile.create(dir.resolve("fail.tema"))) {
            assertThrows(IllegalStateException.class, () -> f.batch(() -> {
                throw new IllegalStateException("stop");
            }));
            assertEquals(2L, f.sql().count("PRAGMA synchronous"));
        }
    }

    @Test
    void createRefusesToOverwriteAnExistingFile() throws Exception {
        Path p = Files.writeString(dir.resolve("b.tema"), "keep me");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.create(p));
        assertTrue(e.getMessage().startsWith("b.tema: "), e.getMessage());
        assertEquals("keep me", Files.readString(p));
    }

    @Test
    void emptyFileIsRefusedAndLeftUntouched() throws Exception {
        Path p = Files.createFile(dir.resolve("empty.tema"));
        assertRefused(p, "empty");
        assertEquals(0, Files.size(p));
    }

    @Test
    void textFileIsRefusedAndLeftUntouched() throws Exception {
        Path p = Files.writeString(dir.resolve("notes.tema"), "Dette er bare tekst, ikke et prosjekt.\n".repeat(20));
        byte[] before = Files.readAllBytes(p);
        assertRefused(p, "not a Tema project");
        assertArrayEquals(before, Files.readAllBytes(p));
    }

    @Test
    void sqliteFileOfAnotherProgramIsRefusedAndLeftUntouched() throws Exception {
        Path p = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");
            s.execute("INSERT INTO t VALUES (1)");
        }
        byte[] before = Files.readAllBytes(p);
        assertRefused(p, "another program");
        assertArrayEquals(before, Files.readAllBytes(p));
        assertTrue(Files.notExists(dir.resolve("other.db-wal")));
    }

    @Test
    void fileFromANewerTemaIsRefusedAndLeftUntouched() throws Exception {
        Path p = dir.resolve("future.tema");
        ProjectFile.create(p).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("PRAGMA user_version = " + (ProjectFile.latestFormat() + 5));
        }
        byte[] before = Files.readAllBytes(p);
        ProjectFileException e = assertRefused(p, "newer version of Tema");
        assertTrue(e.getMessage().contains("Update Tema"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(p));
    }

    @Test
    void missingFileIsReportedByName() {
        assertRefused(dir.resolve("nowhere.tema"), "no such project file");
    }

    @Test
    void secondOpenOfAnOpenProjectIsRefusedAsAlreadyOpen() {
        Path p = dir.resolve("busy.tema");
        try (ProjectFile first = ProjectFile.create(p)) {
            assertRefused(p, "already open");
            first.sql().update("INSERT INTO journal_entry (guid, date, text) VALUES ('g', '2026-01-01', 'still writable')");
        }
        try (ProjectFile again = ProjectFile.open(p)) {
            assertEquals(1, again.sql().count("SELECT count(*) FROM journal_entry"));
        }
    }

    @Test
    void olderFileIsBackedUpThenMigrated() throws Exception {
        Path p = dir.resolve("old.tema");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + ProjectFile.APPLICATION_ID);
            for (String statement : Migrations.statements(1)) {
                s.execute(statement);
            }
            s.execute("PRAGMA user_version = 1");
            s.execute("INSERT INTO journal_entry (guid, date, text) VALUES ('g1', '2026-01-02', 'før oppgradering')");
        }
        byte[] before = Files.readAllBytes(p);
        try (ProjectFile f = ProjectFile.open(p)) {
            assertEquals(ProjectFile.latestFormat(), f.sql().count("PRAGMA user_version"));
            assertEquals(0, f.sql().count("SELECT count(*) FROM candidate_theme"));
            assertEquals("før oppgradering", f.sql().one("SELECT text FROM journal_entry", rs -> rs.getString(1)).orElseThrow());
        }
        Path backup = dir.resolve("old.tema.v1.bak");
        assertArrayEquals(before, Files.readAllBytes(backup));
    }

    @Test
    void migrationScriptsSplitIntoStatementsKeepingTriggerBodiesWhole() {
        var statements = Migrations.split("-- comment\nCREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                + "  INSERT INTO b VALUES (1);\n  INSERT INTO b VALUES (2);\nEND;\nCREATE INDEX i ON a (x);\n");
        assertEquals(3, statements.size());
        assertTrue(statements.get(1).contains("VALUES (2);\nEND;"), statements.get(1));
    }

    @Test
    void everyMigrationResourceIsListedInOrder() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db"))) {
            var names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(names, MigrationIndex.NAMES);
        }
        for (int i = 0; i < MigrationIndex.NAMES.size(); i++) {
            assertTrue(MigrationIndex.NAMES.get(i).startsWith(String.format("V%03d__", i + 1)));
        }
    }

    private static ProjectFileException assertRefused(Path p, String reason) {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.open(p));
        assertTrue(e.getMessage().startsWith(p.getFileName() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        return e;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
