package org.tema.cli;

import java.util.List;
import java.util.Set;
import org.tema.app.Project;
import org.tema.app.Speakers;

/** {@code tema speakers P.tema}: each speaker label with its participant, turns and words, as JSON. */
final class SpeakersCommand implements Command {
    @Override
    public String name() {
        return "speakers";
    }

    @Override
    public String usage() {
        return "P.tema                      list speaker labels, participants, turns and words as JSON";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of()).expect(1, false, "a project file");
        try (Project p = Project.open(args.path(0))) {
            console.out().println(Json.pretty(new Speakers(p).list()));
        }
        return Cli.OK;
    }
}
