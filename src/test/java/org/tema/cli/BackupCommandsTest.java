package org.tema.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.TestProjects;
import org.tema.app.Project;

class BackupCommandsTest {
    @TempDir
    Path dir;

    private final CliRunner cli = CliRunner.eachRunAlone();

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out().strip();
    }

    private String err() {
        return cli.err();
    }

    private Path project() {
        try (Project p = TestProjects.withInterview(dir)) {
            return p.path();
        }
    }

    @Test
    void backupPrintsThePathOfANewCopyThatBackupsLists() throws Exception {
        Path p = project();
        assertEquals(0, run("backup", p.toString()));
        Path made = Path.of(out());
        assertTrue(Files.isRegularFile(made), made.toString());
        assertEquals(p.resolveSibling(p.getFileName() + "-backups"), made.getParent());
        assertEquals(0, run("backups", p.toString()));
        JsonNode list = new ObjectMapper().readTree(out());
        assertEquals(1, list.size());
        assertEquals(made.toString(), list.get(0).get("path").asText());
        assertEquals(Files.size(made), list.get(0).get("size").asLong());
        assertTrue(list.get(0).get("made").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"), list.get(0).toString());
    }

    @Test
    void aCommandThatChangesTheProjectMakesTheDailyBackupOnceAndReadingMakesNone() throws Exception {
        Path p = project();
        assertEquals(0, run("info", p.toString()));
        assertEquals(0, run("search", p.toString(), "tid"));
        assertFalse(Files.exists(p.resolveSibling(p.getFileName() + "-backups")), "reading makes no backup");
        assertEquals(0, run("import", p.toString(), Files.writeString(dir.resolve("ny-a.txt"), "Anne: Ja.\n").toString()));
        assertEquals(0, run("import", p.toString(), Files.writeString(dir.resolve("ny-b.txt"), "Bent: Nei.\n").toString()));
        assertEquals(0, run("backups", p.toString()));
        assertEquals(1, new ObjectMapper().readTree(out()).size());
    }

    @Test
    void failedAutomaticBackupIsAWarningAndTheCommandStillSucceeds() throws Exception {
        Path p = project();
        Files.writeString(p.resolveSibling(p.getFileName() + "-backups"), "in the way");
        assertEquals(0, run("info", p.toString()));
        int before = new ObjectMapper().readTree(out()).get("documents").asInt();
        assertEquals(0, run("import", p.toString(), Files.writeString(dir.resolve("ny-a.txt"), "Anne: Ja.\n").toString()));
        assertTrue(err().startsWith("tema: warning: no automatic backup of " + p.getFileName()), err());
        assertEquals(0, run("info", p.toString()));
        assertEquals(before + 1, new ObjectMapper().readTree(out()).get("documents").asInt());
    }

    @Test
    void restoreWritesANewProjectAndRefusesToOverwrite() throws Exception {
        Path p = project();
        run("backup", p.toString());
        Path backup = Path.of(out());
        Path restored = dir.resolve("restored.tema");
        assertEquals(0, run("restore", backup.toString(), restored.toString()));
        assertEquals(restored.toString(), out());
        assertEquals(0, run("info", restored.toString()));
        assertEquals(1, new ObjectMapper().readTree(out()).get("documents").asInt());

        byte[] before = Files.readAllBytes(p);
        assertEquals(Cli.FAILURE, run("restore", backup.toString(), p.toString()));
        assertTrue(err().contains("already exists"), err());
        assertArrayEquals(before, Files.readAllBytes(p));
    }

    @Test
    void backupCommandsNeedTheirArgumentsAndAnExistingProject() {
        assertEquals(Cli.USAGE, run("backup"));
        assertEquals(Cli.USAGE, run("restore", "only-one.tema"));
        assertEquals(Cli.FAILURE, run("backups", dir.resolve("missing.tema").toString()));
        assertTrue(err().contains("missing.tema: no such project file"), err());
        assertEquals(Cli.FAILURE, run("backup", dir.resolve("missing.tema").toString()));
    }
}
