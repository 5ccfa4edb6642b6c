package org.tema.cli;

import java.util.List;
import java.util.Set;
import org.tema.app.ImportParticipants;
import org.tema.app.Project;

/** {@code tema participants P.tema FILE.csv|FILE.xlsx}: imports participants and their facts. */
final class ParticipantsCommand implements Command {
    @Override
    public String name() {
        return "participants";
    }

    @Override
    public String usage() {
        return "P.tema FILE.csv|FILE.xlsx   import participants (pseudonym, group, typed attributes)";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of()).expect(2, false, "a project file and a participants file");
        try (Project p = OpenedProject.open(args.path(0), console)) {
            ImportParticipants.Result r = new ImportParticipants(p).run(args.path(1));
            console.out().println("Participants: " + r.created() + " added, " + r.updated() + " updated; attributes: "
                    + String.join(", ", r.attributes().stream().map(a -> a.name() + " (" + a.type().name().toLowerCase() + ")").toList()));
        }
        return Cli.OK;
    }
}
