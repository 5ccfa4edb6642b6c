package org.tema.io.refi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.app.ExchangeProject;

/** Zips and XML from strangers: each hostile file is built here, and each must fail without harm. */
class HostileFilesTest {
    private static final String QDE = "<Project xmlns='urn:QDA-XML:project:1.0' name='x'/>";

    @TempDir
    Path dir;

    @Test
    void entryClimbingOutOfTheFolderIsRefusedAndWritesNothing() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path file = zip(work.resolve("evil.qdpx"), "project.qde", QDE.getBytes(StandardCharsets.UTF_8), "../../escaped.txt", new byte[] {1});
        IOException e = assertThrows(IOException.class, () -> ExchangeProject.importQdpx(file, work.resolve("new.tema")));
        assertTrue(e.getMessage().contains("unsafe name"), e.getMessage());
        assertTrue(e.getMessage().contains("evil.qdpx"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("escaped.txt")));
        assertFalse(Files.exists(dir.getParent().resolve("escaped.txt")));
        assertFalse(Files.exists(work.resolve("new.tema")));
    }

    @Test
    void absolutePathsAndDriveLettersAreRefused() throws Exception {
        for (String name : new String[] {"/tmp/abs.txt", "C:/abs.txt", "\\abs.txt", "sources/../../x.txt"}) {
            Path file = zip(dir.resolve("abs.qdpx"), "project.qde", QDE.getBytes(StandardCharsets.UTF_8), name, new byte[] {1});
            assertThrows(IOException.class, () -> SafeZip.open(file, ZipLimits.DEFAULT), name);
        }
        assertFalse(Files.exists(Path.of("/tmp/abs.txt")));
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            entries.put("sources/" + i + ".txt", new byte[] {'a'});
        }
        Path file = ZipFixtures.zip(dir.resolve("many.qdpx"), entries);
        IOException e = assertThrows(IOException.class, () -> SafeZip.open(file, new ZipLimits(10, 1000, 10_000)));
        assertTrue(e.getMessage().contains("20 entries"), e.getMessage());
    }

    @Test
    void anEntryThatInflatesBeyondTheLimitIsAZipBomb() throws Exception {
        byte[] zeros = new byte[5_000_000];
        Path file = zip(dir.resolve("bomb.qdpx"), "project.qde", zeros, "x.txt", new byte[] {1});
        assertTrue(Files.size(file) < 100_000, "the file is small");
        IOException e = assertThrows(IOException.class,
                () -> ExchangeProject.importQdpx(file, dir.resolve("b.tema"), new ZipLimits(100, 1_000_000, 2_000_000)));
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("b.tema")));
    }

    @Test
    void externalEntitiesReadNothingFromTheDisk() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        String xxe = "<?xml version='1.0'?><!DOCTYPE Project [<!ENTITY s SYSTEM '" + secret.toUri() + "'>]>"
                + "<Project xmlns='urn:QDA-XML:project:1.0' name='&s;'/>";
        Path file = zip(dir.resolve("xxe.qdpx"), "project.qde", xxe.getBytes(StandardCharsets.UTF_8), "a.txt", new byte[] {1});
        IOException e = assertThrows(IOException.class, () -> ExchangeProject.importQdpx(file, dir.resolve("x.tema")));
        assertFalse(e.getMessage().contains("TOPSECRET"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("x.tema")));
        String qdc = "<!DOCTYPE CodeBook [<!ENTITY s SYSTEM '" + secret.toUri() + "'>]><CodeBook xmlns='urn:QDA-XML:codebook:1.0'>"
                + "<Codes><Code guid='c1' name='&s;' isCodable='true'/></Codes></CodeBook>";
        IOException e2 = assertThrows(IOException.class, () -> CodebookReader.read(
                new ByteArrayInputStream(qdc.getBytes(StandardCharsets.UTF_8)), "xxe.qdc"));
        assertTrue(e2.getMessage().startsWith("xxe.qdc"), e2.getMessage());
    }

    @Test
    void billionLaughsIsRefused() {
        String bomb = "<?xml version='1.0'?><!DOCTYPE l [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>]>"
                + "<CodeBook xmlns='urn:QDA-XML:codebook:1.0'><Codes><Code guid='c1' name='&b;' isCodable='true'/></Codes></CodeBook>";
        assertThrows(IOException.class, () -> CodebookReader.read(new ByteArrayInputStream(bomb.getBytes(StandardCharsets.UTF_8)), "l.qdc"));
    }

    @Test
    void sourcePathsOutsideTheContainerAreNeverRead() throws Exception {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "Utenfor");
        String qde = "<Project xmlns='urn:QDA-XML:project:1.0' name='x'><Sources><TextSource guid='cccccccc-0000-0000-0000-000000000001' "
                + "name='Ute' plainTextPath='absolute://" + outside + "'/></Sources></Project>";
        Path file = zip(dir.resolve("abs.qdpx"), "project.qde", qde.getBytes(StandardCharsets.UTF_8), "sources/a.txt", new byte[] {'a'});
        ExchangeReport report = ExchangeProject.importQdpx(file, dir.resolve("a.tema"));
        assertTrue(String.join("\n", report.lines()).contains("is not in the file"), report.lines().toString());
    }

    private static Path zip(Path file, String n1, byte[] b1, String n2, byte[] b2) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(n1, b1);
        entries.put(n2, b2);
        return ZipFixtures.zip(file, entries);
    }
}
