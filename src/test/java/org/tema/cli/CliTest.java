package org.tema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.TestProjects;
import org.tema.app.Project;

class CliTest {
    @TempDir
    Path dir;

    private final CliRunner cli = CliRunner.eachRunAlone();

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    @Test
    void newThenInfoPrintsEveryCountAsJson() throws Exception {
        Path p = dir.resolve("p.tema");
        assertEquals(0, run("new", p.toString()));
        assertEquals(0, run("info", p.toString()));
        JsonNode info = new ObjectMapper().readTree(out());
        for (String key : List.of("documents", "words", "participants", "speakerTurns", "codes", "categories", "segments", "memos")) {
            assertEquals(0, info.get(key).asInt(), key);
        }
    }

    @Test
    void infoCountsWhatTheProjectHolds() throws Exception {
        Path p;
        try (Project project = TestProjects.withInterview(dir)) {
            project.documents().setMemo(project.documents().list().get(0).id(), "memo");
            project.codeBook().add(null, "1", "Tillit");
            p = project.path();
        }
        assertEquals(0, run("info", p.toString()));
        JsonNode info = new ObjectMapper().readTree(out());
        assertEquals(1, info.get("documents").asInt());
        assertEquals(3, info.get("speakerTurns").asInt());
        assertEquals(1, info.get("codes").asInt());
        assertEquals(1, info.get("memos").asInt());
        assertTrue(info.get("words").asInt() > 20);
    }

    @Test
    void searchPrintsOneJsonObjectPerHitAndNothingElse() throws Exception {
        Path p;
        try (Project project = TestProjects.withInterview(dir)) {
            p = project.path();
        }
        assertEquals(0, run("search", p.toString(), "tillit"));
        String[] lines = out().strip().split("\n");
        assertEquals(2, lines.length);
        for (String line : lines) {
            JsonNode hit = new ObjectMapper().readTree(line);
            assertEquals("Kontor B intervju", hit.get("documentName").asText());
            assertTrue(hit.has("start") && hit.has("end") && hit.has("snippet"));
        }
        assertEquals(0, run("search", p.toString(), "finnesikke"));
        assertEquals("", out());
    }

    @Test
    void checkSaysOkForASoundProject() {
        Path p;
        try (Project project = TestProjects.withInterview(dir)) {
            p = project.path();
        }
        assertEquals(0, run("check", p.toString()));
        assertTrue(out().contains("ok"));
    }

    @Test
    void errorsAreOneLineOnStderrNamingTheFileWithExitOne() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.tema"), "hello");
        assertEquals(1, run("info", text.toString()));
        assertEquals("", out());
        assertEquals(1, err().strip().lines().count());
        assertTrue(err().contains("notes.tema") && err().contains("not a Tema project"), err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("info"));
        assertTrue(err().contains("usage: tema info"));
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("search", "a.tema", "q", "--limit", "zero"));
        assertEquals(2, run());
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, run("--help"));
        for (Command c : Commands.all()) {
            assertTrue(out().contains(c.name()), c.name());
        }
    }
}
