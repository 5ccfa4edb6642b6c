package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.io.refi.AlignedText;
import org.tema.io.refi.CodebookReader;
import org.tema.io.refi.ExchangeReport;
import org.tema.io.refi.ProjectXmlReader;
import org.tema.io.refi.QdaCodebook;
import org.tema.io.refi.QdaProject;
import org.tema.io.refi.SafeZip;
import org.tema.io.refi.SourceText;
import org.tema.io.refi.ZipLimits;
import org.tema.model.Segment;

/**
 * Reads every real file under {@code shared/interop/samples} (when present) and checks the counts
 * that {@code SOURCES.md} gives for it. Negative examples must fail with a message naming the file.
 */
class RefiConformanceTest {
    /** Expected codes and coded passages of each project sample; -1 for a code book. */
    private static final Map<String, int[]> PROJECTS = Map.of(
            "qdpx/atlasti-23.2.3_blank-atlas-project.qdpx", new int[] {0, 0},
            "qdpx/atlasti-23.2.3_target-atlas-project.qdpx", new int[] {3, 0},
            "qdpx/nvivo-win-12.6_oltas.qdpx", new int[] {60, 97},
            "qdpx/nvivo-win-12.6_oltas0517.qdpx", new int[] {152, 303},
            "qdpx/atlasti-8.4.0-mac_refi-standard-project_repackaged-by-sky-loom.qdpx", new int[] {14, 0},
            "qde/atlasti-8.4.0-mac_refi-standard-project.qde", new int[] {14, 0},
            "qde/f4analyse-2025.2.9_valid-document.qde", new int[] {1, 0},
            "qde/maxqda-24.7.0_icls-themes_project.qde", new int[] {307, 0},
            "qde/openqda-early-export_invalid-document.qde", new int[] {5, 0});
    /** Expected codes of each code book; -1 for a file that is not well-formed. */
    private static final Map<String, Integer> CODEBOOKS = Map.of(
            "qdc/taguette-1.4.1_codebook.qdc", 3,
            "qdc/atlasti-23.4.0_codebook_from-requal-test.qdc", 1,
            "qdc/atlasti-23.4.0_codebook_ns0-4_TRUNCATED_from-requal-test.qdc", -1,
            "qdc/openqda-example_codebook.qdc", 44,
            "qdc/openqda-example_codebook_defect.qdc", -1,
            "qdc/refi-spec-1.5_annexA1_example-codebook.qdc", 6);

    @TempDir
    Path dir;
    private Path samples;

    @BeforeEach
    void findSamples() {
        String shared = System.getProperty("tema.shared.dir", "");
        samples = Path.of(shared.isEmpty() ? "../shared" : shared, "interop", "samples");
        assumeTrue(Files.isDirectory(samples), "REFI-QDA samples not found at " + samples + "; conformance tests skipped");
    }

    @Test
    void everySampleHasAnExpectation() throws IOException {
        try (Stream<Path> files = Files.walk(samples)) {
            List<String> unknown = files.filter(Files::isRegularFile).map(f -> samples.relativize(f).toString().replace('\\', '/'))
                    .filter(n -> !PROJECTS.containsKey(n) && !CODEBOOKS.containsKey(n)).toList();
            assertEquals(List.of(), unknown, "samples without expected counts");
        }
    }

    @Test
    void codebooksReadWithTheirCountsAndBrokenOnesFailNamingTheFile() throws Exception {
        for (Map.Entry<String, Integer> e : CODEBOOKS.entrySet()) {
            Path file = samples.resolve(e.getKey());
            if (e.getValue() < 0) {
                IOException x = assertThrows(IOException.class, () -> CodebookReader.read(file), e.getKey());
                assertTrue(x.getMessage().startsWith(file.getFileName().toString()), x.getMessage());
                continue;
            }
            QdaCodebook book = CodebookReader.read(file);
            assertEquals(e.getValue(), book.allCodes().size(), e.getKey());
            try (Project p = Project.create(dir.resolve(file.getFileName() + ".tema"))) {
                ExchangeCodebook exchange = new ExchangeCodebook(p);
                exchange.apply(exchange.preview(file));
                assertEquals(e.getValue().intValue(), p.codeBook().codes().size(), e.getKey());
                assertTrue(exchange.preview(file).changesNothing(), "a second import of " + e.getKey() + " changes nothing");
            }
        }
    }

    @Test
    void projectsImportWithTheirCounts() throws Exception {
        for (Map.Entry<String, int[]> e : PROJECTS.entrySet()) {
            Path file = samples.resolve(e.getKey());
            Path target = dir.resolve(file.getFileName() + ".tema");
            ExchangeReport report = ExchangeProject.importQdpx(file, target);
            try (Project p = Project.open(target)) {
                assertEquals(e.getValue()[0], p.codeBook().codes().size(), e.getKey() + "\n" + report.lines());
                assertEquals(e.getValue()[1], p.stores().segments().count(), e.getKey() + "\n" + report.lines());
                assertTrue(p.check().isEmpty(), e.getKey() + ": " + p.check());
            }
        }
    }

    @Test
    void standardProjectReportsItsMediaAsSkipped() throws Exception {
        ExchangeReport report = ExchangeProject.importQdpx(samples.resolve("qde/atlasti-8.4.0-mac_refi-standard-project.qde"),
                dir.resolve("std.tema"));
        String all = String.join("\n", report.lines());
        for (String kind : List.of("PDFSource", "PictureSource", "AudioSource", "VideoSource")) {
            assertTrue(all.contains(kind + " «"), kind + " in\n" + all);
        }
        assertEquals(6, report.skipped().stream().filter(s -> s.startsWith("source «")).count(), all);
    }

    @Test
    void nvivoCodingsCoverTheSameWordsAsInNVivosOwnText() throws Exception {
        Path file = samples.resolve("qdpx/nvivo-win-12.6_oltas0517.qdpx");
        Path target = dir.resolve("nvivo.tema");
        ExchangeReport report = ExchangeProject.importQdpx(file, target);
        assertTrue(String.join("\n", report.lines()).contains("as NVivo counts"), report.lines().toString());
        Map<String, String> expected = new HashMap<>();
        try (SafeZip zip = SafeZip.open(file, ZipLimits.DEFAULT)) {
            QdaProject q = ProjectXmlReader.read(new ByteArrayInputStream(zip.read("project.qde")), "project.qde");
            for (QdaProject.TextSource s : q.textSources()) {
                String raw = SourceText.decode(zip.read(zip.find(s.plainTextPath().substring("internal://".length())).orElseThrow())).raw();
                for (QdaProject.Selection sel : s.selections()) {
                    String words = raw.substring((int) sel.start(), (int) sel.end()).replace("\r\n", "\n");
                    sel.codings().forEach(c -> expected.put(c.guid(), words));
                }
            }
        }
        assertEquals(303, expected.size());
        try (Project p = Project.open(target)) {
            Map<Long, String> texts = new HashMap<>();
            p.documents().list().forEach(d -> texts.put(d.id(), p.documents().text(d.id())));
            int matched = 0;
            for (Segment s : p.stores().segments().list()) {
                assertEquals(expected.get(s.guid()), texts.get(s.documentId()).substring(s.start(), s.end()), s.guid());
                matched++;
            }
            assertEquals(303, matched);
        }
        assertTrue(new AlignedText("a\r\nb").countingMatters());
    }
}
