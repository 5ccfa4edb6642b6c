package org.tema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandsTest {
    @TempDir
    Path dir;
    private final CliRunner cli = CliRunner.accumulating();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void importPrintsALinePerFileAndExitsOneNamingTheFailures() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("a.txt"), "Anne: Hei.\n");
        Files.write(folder.resolve("tom.txt"), new byte[0]);
        Path project = dir.resolve("p.tema");
        assertEquals(Cli.FAILURE, run("import", project.toString(), folder.toString(), "--group", "Kontor A"));
        assertTrue(cli.out().contains("Imported «a.txt»: 2 words, 1 speaker turn, 1 speaker."));
        String e = cli.err();
        assertTrue(e.contains("Could not import «tom.txt»: the file is empty."), e);
        assertTrue(e.contains("1 of 2 files were not imported: tom.txt"), e);
        cli.reset();
        assertEquals(Cli.OK, run("speakers", project.toString()));
        assertTrue(cli.out().contains("\"label\" : \"Anne\""));
    }

    @Test
    void participantsGuideAndImportSucceedWithExitZero() throws Exception {
        Path project = dir.resolve("p.tema");
        assertEquals(Cli.OK, run("new", project.toString()));
        assertEquals(Cli.OK, run("participants", project.toString(), Files.writeString(dir.resolve("d.csv"), "pseudonym,alder\nAnne,40\n").toString()));
        assertEquals(Cli.OK, run("guide", project.toString(), Files.writeString(dir.resolve("g.md"), "1. Hva?\n2. Hvorfor?\n").toString()));
        assertEquals(Cli.OK, run("import", project.toString(), Files.writeString(dir.resolve("a.txt"), "Anne: Ja.\n").toString()));
        String o = cli.out();
        assertTrue(o.contains("Participants: 1 added, 0 updated; attributes: alder (integer)"), o);
        assertTrue(o.contains("Guide: 1 theme, 2 question codes added, 0 updated."), o);
    }

    @Test
    void demoBuildsFromTheFolderGivenWithFrom() throws Exception {
        Path sample = Files.createDirectories(dir.resolve("s"));
        Files.writeString(sample.resolve("a.txt"), "Anne: Ja.\n");
        assertEquals(Cli.OK, run("demo", dir.resolve("out").toString(), "--from", sample.toString()));
        assertTrue(Files.exists(dir.resolve("out").resolve("sample.tema")));
        assertTrue(cli.out().contains("\"documents\" : 1"));
    }
}
