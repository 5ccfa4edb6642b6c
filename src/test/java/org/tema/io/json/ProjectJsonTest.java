package org.tema.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.TestProjects;
import org.tema.app.Project;
import org.tema.cli.Commands;
import org.tema.model.AttributeType;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;

class ProjectJsonTest {
    @TempDir
    Path dir;

    private Path richProject() {
        try (Project p = TestProjects.withInterview(dir)) {
            long doc = p.documents().list().get(0).id();
            p.documents().setMemo(doc, "Et notat med «anførselstegn» og 😀");
            Code parent = p.codeBook().add(null, "1", "Relasjon");
            Code child = p.codeBook().add(parent.id(), "1.1", "Tillit", "#112233", new CodeDefinition("om tillit", "når", "ikke", "eksempel"));
            p.codeBook().setSummary(child.id(), "Tillit bygges over tid.");
            int[] r = TestProjects.rangeOf("Tillit tar tid");
            var s = p.coding().apply(doc, child.id(), r[0], r[1]);
            p.coding().setMemo(s.id(), "sentralt sitat");
            p.coding().setInReport(s.id(), true);
            p.omissions().add(s.id(), r[0] + 6, r[0] + 10);
            var cat = p.categories().create("Relasjonen bærer", "beskrivelse");
            p.categories().addCode(cat.id(), child.id(), 0);
            var berit = p.participants().add("Berit", "Kontor B", false);
            p.participants().setValue(berit.id(), p.participants().defineAttribute("portefølje", AttributeType.INTEGER), "42");
            p.participants().setValue(berit.id(), p.participants().defineAttribute("start", AttributeType.DATE), "2024-08-01");
            p.journal().add(LocalDate.of(2026, 3, 2), "Leste intervjuet på nytt.");
            return p.path();
        }
    }

    @Test
    void exportImportExportGivesTheSameBytes() throws Exception {
        Path project = richProject();
        Path first = dir.resolve("first.json");
        Path copy = dir.resolve("copy.tema");
        Path second = dir.resolve("second.json");
        assertEquals(0, Commands.run(List.of("export-json", project.toString(), first.toString())));
        assertEquals(0, Commands.run(List.of("import-json", first.toString(), copy.toString())));
        assertEquals(0, Commands.run(List.of("export-json", copy.toString(), second.toString())));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        String json = Files.readString(first);
        assertTrue(json.contains("Tillit bygges over tid."));
        assertTrue(json.contains("\"inReport\" : true"));
        assertTrue(json.contains("\"omissions\" : [ {"), "omissions are exported");
        try (Project p = Project.open(copy)) {
            assertEquals(List.of(), p.check());
            assertEquals(1, p.search("åpenhet").size());
            assertEquals(1, p.counts().segments());
        }
    }

    @Test
    void keysAreInAStableAlphabeticalOrder() throws Exception {
        Path project = richProject();
        Path out = dir.resolve("out.json");
        assertEquals(0, Commands.run(List.of("export-json", project.toString(), out.toString())));
        String json = Files.readString(out);
        assertTrue(json.indexOf("\"attributeValues\"") < json.indexOf("\"attributes\""));
        assertTrue(json.indexOf("\"attributes\"") < json.indexOf("\"categories\""));
        assertTrue(json.indexOf("\"codes\"") < json.indexOf("\"documents\""));
    }

    @Test
    void importOfABrokenFileNamesItAndLeavesNoProject() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{ \"format\": \"tema-project\", ");
        Path target = dir.resolve("never.tema");
        assertNotEquals(0, Commands.run(List.of("import-json", bad.toString(), target.toString())));
        assertTrue(Files.notExists(target));
    }
}
