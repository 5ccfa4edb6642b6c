package org.tema.cli;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.tema.app.Backup;
import org.tema.app.Backups;
import org.tema.app.Project;

/** {@code tema backup P.tema}: writes a backup copy now and prints its path. */
final class BackupCommand implements Command {
    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String usage() {
        return "P.tema                      write a backup copy now into P.tema-backups/ and print its path";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of()).expect(1, false, "a project file");
        try (Project p = Project.open(args.path(0))) {
            Backup made = new Backups(p, Clock.systemDefaultZone()).backUpNow();
            console.out().println(made.path());
        }
        return Cli.OK;
    }
}
