package org.tema.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.tema.app.Backup;
import org.tema.app.BackupFolder;
import org.tema.store.ProjectFileException;

/** {@code tema backups P.tema}: the project's backups, newest first, as a JSON list; works while the project is open elsewhere. */
final class BackupsCommand implements Command {
    @Override
    public String name() {
        return "backups";
    }

    @Override
    public String usage() {
        return "P.tema                      list the backups of P.tema, newest first, as JSON (path, made, size)";
    }

    /** A backup as the list shows it. */
    record Entry(String path, String made, long size) {
        static Entry of(Backup b) {
            return new Entry(b.path().toString(), b.made().toString(), b.size());
        }
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of()).expect(1, false, "a project file");
        Path project = args.path(0);
        if (!Files.isRegularFile(project)) {
            throw new ProjectFileException(project, "no such project file");
        }
        console.out().println(Json.pretty(BackupFolder.of(project).list().stream().map(Entry::of).toList()));
        return Cli.OK;
    }
}
