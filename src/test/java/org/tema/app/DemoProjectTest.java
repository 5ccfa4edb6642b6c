package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.model.Omission;
import org.tema.model.Segment;
import org.tema.store.ProjectCounts;

class DemoProjectTest {
    private static final String ANALYSIS = """
            {"codes": [{"name": "Tillit", "parent": null, "colour": "#C0504D", "description": "Om tillit.",
                        "memo": "Kom fra Kontor A.", "summary": "Alle snakker om tillit."}],
             "codings": [{"document": "kontor-a.txt", "quote": "vi møtes ute", "codes": ["1", "Tillit"], "memo": "Fint sitat.",
                          "inReport": true, "omit": ["møtes "]},
                         {"document": "kontor-b.txt", "quote": "Det tar tid", "codes": ["2"]}],
             "categories": [{"name": "Relasjoner", "description": "Om relasjoner.", "memo": "", "codes": ["Tillit", "2"]}],
             "documentMemos": [{"document": "kontor-b.txt", "memo": "Kort intervju."}],
             "journal": [{"date": "2026-02-10", "text": "Første intervju."}]}
            """;
    @TempDir
    Path dir;
    private Path sample;

    @BeforeEach
    void writeSampleFolder() throws Exception {
        sample = Files.createDirectories(dir.resolve("sample-data"));
        Files.writeString(sample.resolve("participants.csv"), "pseudonym,group,alder\nAnne,Kontor A,40\nBerit,Kontor B,50\n");
        Files.writeString(sample.resolve("intervjuguide.md"), "## Tema\n1. Hvordan møtes dere?\n2. Hvordan bygger dere tillit?\n");
        Files.writeString(sample.resolve("kontor-a.txt"), "Intervjuer: Hvor møtes dere?\n\nAnne: Som regel vi møtes ute.\n");
        Files.writeString(sample.resolve("kontor-b.txt"), "I: Og tillit?\n\nBerit: Det tar tid.\n");
        Files.writeString(sample.resolve("README.md"), "# Om dataene\n\nBare eksempler.\n");
        Files.writeString(sample.resolve("analysis.json"), ANALYSIS);
    }

    private Map<String, String> snapshot() throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(sample)) {
            for (Path f : s.toList()) {
                m.put(f.getFileName().toString(), Files.readString(f) + Files.getLastModifiedTime(f));
            }
        }
        return m;
    }

    @Test
    void buildsTheSampleProjectWithCodingsLocatedByQuoteAndLeavesTheFolderUntouched() throws Exception {
        Map<String, String> before = snapshot();
        ProjectCounts counts = DemoProject.build(sample, dir.resolve("out"));
        assertEquals(before, snapshot());
        assertEquals(2, counts.documents());
        assertEquals(4, counts.participants());
        assertEquals(4, counts.codes()); // theme, 2 questions, 1 own code
        assertEquals(3, counts.segments());
        assertEquals(1, counts.categories());
        try (Project p = Project.open(dir.resolve("out").resolve("sample.tema"))) {
            long a = p.documents().find("kontor-a.txt").id();
            assertEquals("Kontor A", p.documents().get(a).group());
            String text = p.documents().text(a);
            List<Segment> segments = p.coding().ofDocument(a);
            assertEquals(2, segments.size());
            assertEquals("vi møtes ute", text.substring(segments.get(0).start(), segments.get(0).end()));
            assertEquals(1, segments.stream().filter(s -> s.memo().equals("Fint sitat.")).count());
            assertTrue(segments.stream().allMatch(Segment::inReport), "both codes' passages are marked for the report");
            for (Segment s : segments) {
                List<Omission> left = p.omissions().of(s.id());
                assertEquals(1, left.size());
                assertEquals("møtes ", text.substring(left.get(0).start(), left.get(0).end()));
            }
            long b = p.documents().find("kontor-b.txt").id();
            assertFalse(p.coding().ofDocument(b).get(0).inReport());
            assertEquals("Alle snakker om tillit.", p.codeBook().find("Tillit").summary());
            assertEquals("Kort intervju.", p.documents().find("kontor-b").memo());
            assertEquals(1, p.journal().entries().size());
            assertEquals(2, p.categories().find("Relasjoner").codeIds().size());
            assertTrue(p.check().isEmpty());
        }
    }

    @Test
    void aQuoteThatIsNotInItsDocumentFailsLoudlyAndLeavesNoProject() throws Exception {
        Files.writeString(sample.resolve("analysis.json"), ANALYSIS.replace("Det tar tid", "Det tar lang tid"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DemoProject.build(sample, dir.resolve("out")));
        assertEquals("The quote «Det tar lang tid» was not found in «kontor-b.txt»", e.getMessage());
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            assertEquals(List.of(), s.toList());
        }
    }

    @Test
    void rebuildingReplacesTheOldSampleProject() throws Exception {
        DemoProject.build(sample, dir.resolve("out"));
        ProjectCounts again = DemoProject.build(sample, dir.resolve("out"));
        assertEquals(2, again.documents());
        assertFalse(Files.exists(dir.resolve("out").resolve("sample.tema-wal")) && Files.size(dir.resolve("out").resolve("sample.tema-wal")) > 0);
    }

    @Test
    void theRealSampleFolderBuildsWithEveryQuoteFound() throws Exception {
        Path real = Path.of("sample-data");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(real.resolve("analysis.json")), "no sample-data in this checkout");
        ProjectCounts counts = DemoProject.build(real, dir.resolve("real"));
        assertTrue(counts.documents() >= 4);
        assertTrue(counts.segments() >= 60);
        assertTrue(counts.categories() >= 2);
    }
}
