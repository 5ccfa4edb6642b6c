package org.tema.cli;

import java.util.List;
import java.util.Set;
import org.tema.app.BackupRestore;

/** {@code tema restore BACKUP.tema NEW.tema}: copies a backup to a new project file; never overwrites one. */
final class RestoreCommand implements Command {
    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return "BACKUP.tema NEW.tema        copy a backup to a new project file (never overwrites a file)";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of()).expect(2, false, "a backup file and a new project file");
        console.out().println(BackupRestore.restore(args.path(0), args.path(1)));
        return Cli.OK;
    }
}
