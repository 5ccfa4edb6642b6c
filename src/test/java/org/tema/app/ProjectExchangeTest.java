package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.io.refi.ExchangeReport;
import org.tema.io.refi.RefiSchemas;
import org.tema.model.Attribute;
import org.tema.model.Category;
import org.tema.model.Code;
import org.tema.model.Document;
import org.tema.model.Participant;
import org.tema.model.Segment;

class ProjectExchangeTest {
    @TempDir
    Path dir;

    @Test
    void exportedProjectValidatesAgainstTheProjectSchema() throws Exception {
        try (Project p = RefiFixtures.richProject(dir.resolve("a.tema"))) {
            new ExchangeProject(p).exportQdpx(dir.resolve("a.qdpx"));
        }
        Map<String, byte[]> entries = unzip(dir.resolve("a.qdpx"));
        RefiSchemas.validateProject(entries.get("project.qde"));
        assertEquals(3, entries.size(), "project.qde and two sources: " + entries.keySet());
        byte[] source = entries.entrySet().stream().filter(e -> e.getKey().startsWith("sources/")).map(Map.Entry::getValue)
                .filter(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8).equals(RefiFixtures.TEXT)).findFirst().orElseThrow();
        assertTrue((source[0] & 0xFF) != 0xEF, "no byte-order mark");
    }

    @Test
    void positionsAreCodePointsEndExclusive() throws Exception {
        try (Project p = RefiFixtures.richProject(dir.resolve("a.tema"))) {
            new ExchangeProject(p).exportQdpx(dir.resolve("a.qdpx"));
        }
        String qde = new String(unzip(dir.resolve("a.qdpx")).get("project.qde"), java.nio.charset.StandardCharsets.UTF_8);
        String t = RefiFixtures.TEXT;
        int start = t.codePointCount(0, t.indexOf("😀"));
        int end = t.codePointCount(0, t.indexOf(" tok tid"));
        assertTrue(qde.contains("startPosition=\"" + start + "\" endPosition=\"" + end + "\"")
                        || qde.contains("endPosition=\"" + end + "\""), qde);
        assertTrue(t.indexOf(" tok tid") - t.indexOf("😀") > end - start, "the emoji makes the units differ");
    }

    @Test
    void exportingTwiceGivesTheSameBytes() throws Exception {
        try (Project p = RefiFixtures.richProject(dir.resolve("a.tema"))) {
            new ExchangeProject(p).exportQdpx(dir.resolve("one.qdpx"));
            new ExchangeProject(p).exportQdpx(dir.resolve("two.qdpx"));
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("one.qdpx")), Files.readAllBytes(dir.resolve("two.qdpx")));
    }

    @Test
    void roundTripGivesAnEqualProject() throws Exception {
        List<String> before;
        try (Project p = RefiFixtures.richProject(dir.resolve("a.tema"))) {
            new ExchangeProject(p).exportQdpx(dir.resolve("a.qdpx"));
            before = canonical(p);
        }
        ExchangeReport report = ExchangeProject.importQdpx(dir.resolve("a.qdpx"), dir.resolve("b.tema"));
        assertEquals(4, report.count("coded passages"), report.lines().toString());
        assertTrue(report.skipped().isEmpty(), report.lines().toString());
        try (Project q = Project.open(dir.resolve("b.tema"))) {
            assertEquals(before, canonical(q));
            assertTrue(q.check().isEmpty(), q.check().toString());
        }
    }

    @Test
    void failedImportLeavesNoProjectFile() throws Exception {
        Path broken = dir.resolve("broken.qdpx");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0});
        try {
            ExchangeProject.importQdpx(broken, dir.resolve("new.tema"));
        } catch (java.io.IOException expected) {
            assertTrue(expected.getMessage().contains("broken.qdpx"), expected.getMessage());
        }
        assertTrue(Files.notExists(dir.resolve("new.tema")));
    }

    /** Everything the round trip must keep, by GUID, in a stable order (ids and the in-report mark aside). */
    static List<String> canonical(Project p) {
        List<String> out = new ArrayList<>();
        Map<Long, String> code = new HashMap<>();
        p.codeBook().codes().forEach(c -> code.put(c.id(), c.guid()));
        Map<Long, String> doc = new HashMap<>();
        for (Document d : p.documents().list()) {
            doc.put(d.id(), d.guid());
            out.add("doc " + d.guid() + " " + d.name() + " " + d.group() + " " + d.interviewDate() + " " + d.memo() + " "
                    + d.wordCount() + " " + p.documents().text(d.id()));
        }
        for (Code c : p.codeBook().codes()) {
            out.add("code " + c.guid() + " parent=" + (c.parentId() == null ? "" : code.get(c.parentId())) + " " + c.number()
                    + "|" + c.name() + "|" + c.colour() + "|" + c.definition() + "|" + c.memo() + "|" + c.summary() + "|" + c.position());
        }
        Map<Long, String> coder = new HashMap<>();
        p.stores().coders().list().forEach(c -> coder.put(c.id(), c.name()));
        for (Segment s : p.stores().segments().list()) {
            out.add("passage " + s.guid() + " " + doc.get(s.documentId()) + " " + code.get(s.codeId()) + " " + s.start() + "-"
                    + s.end() + " " + coder.get(s.coderId()) + " " + s.created() + " " + s.memo());
        }
        Map<Long, String> attribute = new HashMap<>();
        for (Attribute a : p.participants().attributes()) {
            attribute.put(a.id(), a.guid());
            out.add("attribute " + a.guid() + " " + a.name() + " " + a.type());
        }
        for (Participant x : p.participants().list()) {
            out.add("participant " + x.guid() + " " + x.pseudonym() + " " + x.group() + " " + x.interviewer() + " " + x.memo());
            p.participants().values(x.id()).forEach(v -> out.add("value " + x.guid() + " " + attribute.get(v.attributeId())
                    + " " + v.value()));
        }
        for (Category c : p.categories().list()) {
            out.add("category " + c.guid() + " " + c.name() + " " + c.description() + " " + c.memo() + " " + c.position() + " "
                    + c.codeIds().stream().map(code::get).toList());
        }
        p.journal().entries().forEach(e -> out.add("journal " + e.guid() + " " + e.date() + " " + e.text()));
        out.sort(null);
        return out;
    }

    static Map<String, byte[]> unzip(Path zip) throws Exception {
        Map<String, byte[]> out = new HashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                z.transferTo(b);
                out.put(e.getName(), b.toByteArray());
            }
        }
        return out;
    }
}
