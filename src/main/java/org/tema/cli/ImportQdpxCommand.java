package org.tema.cli;

import java.util.List;
import java.util.Set;
import org.tema.app.ExchangeProject;

/** {@code tema import-qdpx IN.qdpx NEW.tema}: a new project from a REFI-QDA project of another program. */
final class ImportQdpxCommand implements Command {
    @Override
    public String name() {
        return "import-qdpx";
    }

    @Override
    public String usage() {
        return "IN.qdpx NEW.tema            make a new project from a REFI-QDA project (.qdpx or .qde)";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of()).expect(2, false, "a .qdpx file and a new project file");
        ExchangeProject.importQdpx(args.path(0), args.path(1)).lines().forEach(console.out()::println);
        return Cli.OK;
    }
}
