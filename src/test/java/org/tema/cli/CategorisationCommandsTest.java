package org.tema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.app.Offices;
import org.tema.app.Project;

class CategorisationCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    Path file;
    private final CliRunner cli = CliRunner.eachRunAlone();

    @BeforeEach
    void makeProject() {
        try (Offices o = new Offices(dir)) {
            file = o.project.path();
            Project p = o.project;
            p.codeBook().rename(o.tid.id(), "Tid, \"knapp\"");
            p.categories().addCode(p.categories().create("Relasjoner", "").id(), o.tillit.id(), 0);
        }
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private List<String> lines() {
        return cli.lines();
    }

    private List<JsonNode> json() throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : lines()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    @Test
    void retrievePrintsOneJsonLinePerPassage() throws Exception {
        assertEquals(0, run("retrieve", file.toString(), "--code", "1"));
        List<JsonNode> rows = json();
        assertEquals(2, rows.size());
        assertEquals("Kontor A", rows.get(0).get("document").asText());
        assertEquals("Anne", rows.get(0).get("speaker").asText());
        assertEquals("Kontor A", rows.get(0).get("group").asText());
        assertEquals("Vi stoler på hverandre.", rows.get(0).get("text").asText());
        int start = Offices.TEXT_A.indexOf("Vi stoler");
        assertEquals(start, rows.get(0).get("start").asInt());
        assertEquals(start + "Vi stoler på hverandre.".length(), rows.get(0).get("end").asInt());
    }

    @Test
    void retrieveFiltersByCategoryGroupAndAttribute() throws Exception {
        assertEquals(0, run("retrieve", file.toString(), "--category", "Relasjoner", "--group", "Kontor B"));
        assertEquals(List.of("Tillit bygger vi over tid."), json().stream().map(n -> n.get("text").asText()).toList());
        assertEquals(0, run("retrieve", file.toString(), "--code", "Samarbeid", "--attribute", "background=Helse"));
        assertEquals(List.of("Samarbeid tar tid."), json().stream().map(n -> n.get("text").asText()).toList());
        assertEquals(0, run("retrieve", file.toString(), "--code", "Samarbeid", "--interviewer"));
        assertEquals(3, lines().size());
    }

    @Test
    void retrieveTakesSeveralValuesOfAFilterByRepeatingIt() throws Exception {
        assertEquals(0, run("retrieve", file.toString(), "--code", "1", "--group", "Kontor B"));
        List<String> onlyB = json().stream().map(n -> n.get("group").asText()).toList();
        assertEquals(0, run("retrieve", file.toString(), "--code", "1", "--group", "Kontor A", "--group", "Kontor B"));
        List<String> both = json().stream().map(n -> n.get("group").asText()).toList();
        assertEquals(List.of("Kontor B"), onlyB);
        assertEquals(List.of("Kontor A", "Kontor B"), both);
        assertEquals(0, run("retrieve", file.toString(), "--code", "1", "--document", "Kontor A", "--document", "Kontor B"));
        assertEquals(2, lines().size());
    }

    @Test
    void retrieveWithoutCodeIsAUsageErrorAndAnUnknownCodeAFailure() {
        assertEquals(2, run("retrieve", file.toString()));
        assertEquals(1, run("retrieve", file.toString(), "--code", "Nope"));
        assertTrue(cli.err().contains("«Nope»"));
    }

    @Test
    void matrixWritesQuotedCsvWithAHeaderAndOneRowPerCode() {
        assertEquals(0, run("matrix", file.toString(), "cooccurrence"));
        assertEquals(List.of("Code,1 Tillit,2 Samarbeid,\"3 Tid, \"\"knapp\"\"\",Total", "Tillit,0,1,1,2", "Samarbeid,1,0,0,1",
                "\"Tid, \"\"knapp\"\"\",1,0,0,1"), lines());
        assertEquals(0, run("matrix", file.toString(), "documents", "--words"));
        assertEquals(List.of("Code,Kontor A,Kontor B,Total", "Tillit,4,5,9", "Samarbeid,9,0,9",
                "\"Tid, \"\"knapp\"\"\",6,5,11"), lines());
        assertEquals(0, run("matrix", file.toString(), "groups", "--interviewer"));
        assertEquals("Samarbeid,3,0,3", lines().get(2));
        assertEquals(0, run("matrix", file.toString(), "participants"));
        assertEquals(List.of("Code,Anne,Arild,Berit,Total", "Tillit,1,0,1,2", "Samarbeid,1,1,0,2",
                "\"Tid, \"\"knapp\"\"\",0,1,1,2"), lines());
        assertEquals(2, run("matrix", file.toString(), "people"));
    }

    @Test
    void autocodeCreatesTheCodeAndCodesEveryMatch() throws Exception {
        assertEquals(0, run("autocode", file.toString(), "--code", "Nav", "--pattern", "Nav"));
        JsonNode result = json().get(0);
        assertEquals("Nav", result.get("code").asText());
        assertTrue(result.get("created").asBoolean());
        assertEquals(1, result.get("coded").asInt());
        assertEquals(0, run("autocode", file.toString(), "--code", "Nav", "--speaker", "Berit"));
        assertEquals(false, json().get(0).get("created").asBoolean());
        assertEquals(0, run("retrieve", file.toString(), "--code", "Nav"));
        assertEquals(List.of("Nav", "Tillit bygger vi over tid. Det tar tid å bygge tillit."),
                json().stream().map(n -> n.get("text").asText()).toList());
        assertEquals(2, run("autocode", file.toString(), "--code", "Nav"));
        assertEquals(1, run("autocode", file.toString(), "--code", "Nav", "--pattern", "(unclosed"));
    }

    @Test
    void factsPrintsFiguresPerAttribute() throws Exception {
        assertEquals(0, run("facts", file.toString()));
        JsonNode facts = JSON.readTree(cli.out());
        assertEquals("background", facts.get(0).get("attribute").asText());
        assertEquals(2, facts.get(0).get("values").get("Sosialt arbeid").asInt());
        assertEquals(52.33, facts.get(1).get("mean").asDouble());
        assertEquals(14, facts.get(1).get("min").asInt());
        assertEquals(93, facts.get(1).get("max").asInt());
        assertEquals(3, facts.get(1).get("count").asInt());
    }
}
