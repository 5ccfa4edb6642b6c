package org.tema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.app.Project;
import org.tema.app.RefiFixtures;

class RefiCommandsTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(Commands.all(), console).run(List.of(args));
    }

    @Test
    void exportsAndImportsCodebooksAndProjects() throws Exception {
        RefiFixtures.richProject(dir.resolve("p.tema")).close();
        String p = dir.resolve("p.tema").toString();
        assertEquals(0, run("export", "qdc", p, dir.resolve("p.qdc").toString()), err.toString());
        assertEquals(0, run("export", "qdpx", p, dir.resolve("p.qdpx").toString()), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("coded passages (selections): 4"), out.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("import-qdpx", dir.resolve("p.qdpx").toString(), dir.resolve("q.tema").toString()), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("coded passages: 4"));
        assertEquals(0, run("new", dir.resolve("c.tema").toString()));
        assertEquals(0, run("import-qdc", dir.resolve("c.tema").toString(), dir.resolve("p.qdc").toString()), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("codes added: 3"), out.toString(StandardCharsets.UTF_8));
        try (Project c = Project.open(dir.resolve("c.tema"))) {
            assertEquals(3, c.codeBook().codes().size());
        }
    }

    @Test
    void failuresExitOneWithOneLineNamingTheFile() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.qdpx"), "not a zip");
        assertEquals(1, run("import-qdpx", bad.toString(), dir.resolve("n.tema").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("bad.qdpx"), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.notExists(dir.resolve("n.tema")));
        assertEquals(2, run("export", "pdf", "p.tema", "x.pdf"));
    }
}
