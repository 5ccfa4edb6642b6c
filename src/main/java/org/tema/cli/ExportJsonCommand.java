package org.tema.cli;

import java.util.List;
import java.util.Set;
import org.tema.app.Project;
import org.tema.io.json.ProjectJson;

/** {@code tema export-json P.tema OUT.json}: the whole project as stable, pretty JSON. */
final class ExportJsonCommand implements Command {
    @Override
    public String name() {
        return "export-json";
    }

    @Override
    public String usage() {
        return "P.tema OUT.json             write the whole project as JSON (stable, for git)";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of()).expect(2, false, "a project file and an output file");
        try (Project p = Project.open(args.path(0))) {
            ProjectJson.write(p.stores().file(), args.path(1));
        }
        console.err().println("Wrote " + args.get(1));
        return Cli.OK;
    }
}
