package org.tema.cli;

import java.util.List;
import java.util.Set;
import org.tema.app.Project;

/** {@code tema info P.tema}: what the project holds, as one JSON object. */
final class InfoCommand implements Command {
    @Override
    public String name() {
        return "info";
    }

    @Override
    public String usage() {
        return "P.tema                      print counts of documents, words, codes... as JSON";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of()).expect(1, false, "a project file");
        try (Project p = Project.open(args.path(0))) {
            console.out().println(Json.pretty(p.counts()));
        }
        return Cli.OK;
    }
}
