package org.tema.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.TestProjects;
import org.tema.app.Project;
import org.tema.cli.Commands;

class IntegrityCheckTest {
    @TempDir
    Path dir;

    private Path codedProject() {
        try (Project p = TestProjects.withInterview(dir)) {
            long doc = p.documents().list().get(0).id();
            long code = p.codeBook().add(null, "1", "Tillit").id();
            int[] r = TestProjects.rangeOf("Tillit tar tid");
            long segment = p.coding().apply(doc, code, r[0], r[1]).id();
            p.omissions().add(segment, r[0] + 6, r[0] + 10);
            return p.path();
        }
    }

    private static List<String> corruptAndCheck(Path file, String... statements) {
        try (ProjectFile f = ProjectFile.open(file)) {
            for (String sql : statements) {
                f.sql().exec(sql);
            }
            return new IntegrityCheck(f).run();
        }
    }

    @Test
    void soundProjectHasNoProblems() {
        Path file = codedProject();
        try (ProjectFile f = ProjectFile.open(file)) {
            assertEquals(List.of(), new IntegrityCheck(f).run());
        }
    }

    @Test
    void segmentBeyondTheEndOfItsTextIsReported() {
        Path file = codedProject();
        List<String> problems = corruptAndCheck(file, "UPDATE segment SET end = 100000");
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("segment") && p.contains("outside")), problems.toString());
        assertEquals(1, Commands.run(List.of("check", file.toString())));
    }

    @Test
    void speakerTurnBeyondItsTextIsReported() {
        List<String> problems = corruptAndCheck(codedProject(), "UPDATE speaker_turn SET end = 99999 WHERE speaker = 'Bjørn'");
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("speaker turn")), problems.toString());
    }

    @Test
    void omissionOutsideItsPassageIsReported() {
        List<String> problems = corruptAndCheck(codedProject(), "UPDATE segment_omission SET start = 0");
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("omission")), problems.toString());
    }

    @Test
    void brokenForeignKeyIsReported() {
        List<String> problems = corruptAndCheck(codedProject(),
                "PRAGMA foreign_keys = OFF",
                "UPDATE segment SET code_id = 999");
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("foreign key")), problems.toString());
    }
}
