package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.TestProjects;
import org.tema.cli.Commands;
import org.tema.store.ProjectFileException;

/**
 * Every change acknowledged before a SIGKILL is in the file afterwards, and the file is sound; while
 * another process has the project open, it cannot be opened here.
 */
class CrashSafetyTest {
    @TempDir
    Path dir;

    /** While the child process has the project open, this process may not open it. */
    private static void assertAlreadyOpenElsewhere(Path file) {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> Project.open(file));
        assertTrue(e.getMessage().contains("already open"), e.getMessage());
    }

    @Test
    void changesAcknowledgedBeforeAKillSurviveIt() throws Exception {
        Path file;
        try (Project p = TestProjects.withInterview(dir)) {
            p.codeBook().add(null, "1", "Tillit");
            file = p.path();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashWorker.class.getName(), file.toString()).redirectErrorStream(true).start();
        List<Long> segments = new ArrayList<>();
        int journal = -1;
        int rename = -1;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int acks = 0;
            while ((line = in.readLine()) != null && acks < 600) {
                String[] parts = line.split(" ");
                switch (parts[0]) {
                    case "segment" -> segments.add(Long.parseLong(parts[1]));
                    case "journal" -> journal = Integer.parseInt(parts[1]);
                    case "rename" -> rename = Integer.parseInt(parts[1]);
                    case "ready" -> assertAlreadyOpenElsewhere(file);
                    default -> throw new AssertionError("child said: " + line);
                }
                acks++;
            }
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(segments.size() > 100, "the child acknowledged only " + segments.size() + " changes");

        try (Project p = Project.open(file)) {
            assertEquals(List.of(), p.check());
            assertEquals("ok", p.stores().file().sql().one("PRAGMA integrity_check", rs -> rs.getString(1)).orElseThrow());
            for (long id : segments) {
                assertTrue(p.stores().segments().find(id).isPresent(), "acknowledged segment " + id + " is missing");
            }
            int lastJournal = journal;
            assertTrue(p.journal().entries().stream().anyMatch(e -> e.text().equals("entry " + lastJournal)));
            int renamed = Integer.parseInt(p.codeBook().codes().get(0).name().substring("name ".length()));
            assertTrue(renamed >= rename, "rename " + rename + " was acknowledged but the file holds " + renamed);
        }
        assertEquals(0, Commands.run(List.of("check", file.toString())));
    }
}
