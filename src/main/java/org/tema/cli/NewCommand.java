package org.tema.cli;

import java.util.List;
import java.util.Set;
import org.tema.app.Project;

/** {@code tema new P.tema}: creates an empty project. */
final class NewCommand implements Command {
    @Override
    public String name() {
        return "new";
    }

    @Override
    public String usage() {
        return "P.tema                      create an empty project";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of()).expect(1, false, "the new project's file name");
        try (Project p = Project.create(args.path(0))) {
            console.err().println("Created " + p.path());
        }
        return Cli.OK;
    }
}
