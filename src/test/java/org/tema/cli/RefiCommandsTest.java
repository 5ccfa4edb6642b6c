package org.tema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.app.Project;
import org.tema.app.RefiFixtures;

class RefiCommandsTest {
    @TempDir
    Path dir;
    private final CliRunner cli = CliRunner.accumulating();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void exportsAndImportsCodebooksAndProjects() throws Exception {
        RefiFixtures.richProject(dir.resolve("p.tema")).close();
        String p = dir.resolve("p.tema").toString();
        assertEquals(0, run("export", "qdc", p, dir.resolve("p.qdc").toString()), cli.err());
        assertEquals(0, run("export", "qdpx", p, dir.resolve("p.qdpx").toString()), cli.err());
        assertTrue(cli.out().contains("coded passages (selections): 4"), cli.out());
        assertEquals(0, run("import-qdpx", dir.resolve("p.qdpx").toString(), dir.resolve("q.tema").toString()), cli.err());
        assertTrue(cli.out().contains("coded passages: 4"));
        assertEquals(0, run("new", dir.resolve("c.tema").toString()));
        assertEquals(0, run("import-qdc", dir.resolve("c.tema").toString(), dir.resolve("p.qdc").toString()), cli.err());
        assertTrue(cli.out().contains("codes added: 3"), cli.out());
        try (Project c = Project.open(dir.resolve("c.tema"))) {
            assertEquals(3, c.codeBook().codes().size());
        }
    }

    @Test
    void failuresExitOneWithOneLineNamingTheFile() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.qdpx"), "not a zip");
        assertEquals(1, run("import-qdpx", bad.toString(), dir.resolve("n.tema").toString()));
        assertTrue(cli.err().contains("bad.qdpx"), cli.err());
        assertTrue(Files.notExists(dir.resolve("n.tema")));
        assertEquals(2, run("export", "pdf", "p.tema", "x.pdf"));
    }
}
