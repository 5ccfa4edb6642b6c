package org.tema.cli;

import java.util.List;
import java.util.Set;
import org.tema.app.Project;

/** {@code tema check P.tema}: verifies the file; exit 0 when sound, 1 listing the problems otherwise. */
final class CheckCommand implements Command {
    @Override
    public String name() {
        return "check";
    }

    @Override
    public String usage() {
        return "P.tema                      verify integrity, foreign keys and coded ranges";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of()).expect(1, false, "a project file");
        try (Project p = Project.open(args.path(0))) {
            List<String> problems = p.check();
            if (problems.isEmpty()) {
                console.out().println(p.path().getFileName() + ": ok");
                return Cli.OK;
            }
            problems.forEach(problem -> console.err().println(p.path().getFileName() + ": " + problem));
            return Cli.FAILURE;
        }
    }
}
