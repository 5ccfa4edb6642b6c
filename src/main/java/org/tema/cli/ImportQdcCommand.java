package org.tema.cli;

import java.util.List;
import java.util.Set;
import org.tema.app.CodebookImportPreview;
import org.tema.app.ExchangeCodebook;
import org.tema.app.Project;

/** {@code tema import-qdc P.tema IN.qdc}: shows what a REFI-QDA code book changes, then imports it. */
final class ImportQdcCommand implements Command {
    @Override
    public String name() {
        return "import-qdc";
    }

    @Override
    public String usage() {
        return "P.tema IN.qdc [--dry-run]    import a REFI-QDA code book (codes matched by GUID)";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of("dry-run")).expect(2, false, "a project file and a .qdc file");
        try (Project p = OpenedProject.open(args.path(0), console)) {
            ExchangeCodebook exchange = new ExchangeCodebook(p);
            CodebookImportPreview preview = exchange.preview(args.path(1));
            preview.lines().forEach(console.out()::println);
            if (!args.flag("dry-run")) {
                exchange.apply(preview).lines().forEach(console.out()::println);
            }
        }
        return Cli.OK;
    }
}
