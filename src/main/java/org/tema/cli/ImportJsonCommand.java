package org.tema.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.tema.app.Project;
import org.tema.io.json.ProjectJson;
import org.tema.io.json.ProjectSnapshot;

/** {@code tema import-json IN.json NEW.tema}: a new project from an exported one. */
final class ImportJsonCommand implements Command {
    @Override
    public String name() {
        return "import-json";
    }

    @Override
    public String usage() {
        return "IN.json NEW.tema            make a new project from a JSON export";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of()).expect(2, false, "a JSON file and a new project file");
        Path in = args.path(0);
        ProjectSnapshot snapshot;
        try {
            snapshot = ProjectJson.read(in);
        } catch (java.io.IOException e) {
            throw new java.io.IOException(in.getFileName() + ": " + e.getMessage(), e);
        }
        Path target = args.path(1);
        boolean created = false;
        try (Project p = Project.create(target)) {
            created = true;
            ProjectJson.restore(p.stores().file(), snapshot);
        } catch (RuntimeException e) {
            if (created) {
                Files.deleteIfExists(target);
            }
            throw e;
        }
        console.err().println("Created " + target);
        return Cli.OK;
    }
}
