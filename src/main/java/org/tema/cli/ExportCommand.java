package org.tema.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tema.app.ExchangeCodebook;
import org.tema.app.ExchangeProject;
import org.tema.app.Project;

/**
 * {@code tema export FORMAT P.tema OUT}: writes the project in another format. Each format is one
 * entry of {@link #FORMATS}; a new format is added with one line there.
 */
final class ExportCommand implements Command {
    /** Writes an open project to a file and prints what it wrote. */
    @FunctionalInterface
    interface Exporter {
        List<String> export(Project project, Path out) throws Exception;
    }

    private static final Map<String, Exporter> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("qdc", (p, out) -> new ExchangeCodebook(p).exportQdc(out).lines());
        FORMATS.put("qdpx", (p, out) -> new ExchangeProject(p).exportQdpx(out).lines());
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return String.join("|", FORMATS.keySet()) + " P.tema OUT   export (qdc: REFI-QDA code book, qdpx: REFI-QDA project)";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of()).expect(3, false, "a format, a project file and an output file");
        Exporter exporter = FORMATS.get(args.get(0));
        if (exporter == null) {
            throw new UsageException("unknown format «" + args.get(0) + "»; known: " + String.join(", ", FORMATS.keySet()));
        }
        try (Project p = Project.open(args.path(1))) {
            exporter.export(p, args.path(2)).forEach(console.out()::println);
        }
        return Cli.OK;
    }
}
