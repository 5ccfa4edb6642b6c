package org.tema.cli;

import java.util.List;
import java.util.Set;
import org.tema.app.ImportGuide;
import org.tema.app.Project;

/** {@code tema guide P.tema GUIDE}: numbered codes from an interview guide (.docx, .txt, .md). */
final class GuideCommand implements Command {
    @Override
    public String name() {
        return "guide";
    }

    @Override
    public String usage() {
        return "P.tema GUIDE                make numbered codes from an interview guide (.docx .txt .md)";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of()).expect(2, false, "a project file and an interview guide");
        try (Project p = OpenedProject.open(args.path(0), console)) {
            ImportGuide.Result r = new ImportGuide(p).run(args.path(1));
            console.out().println("Guide: " + r.themes() + (r.themes() == 1 ? " theme, " : " themes, ") + r.added()
                    + " question codes added, " + r.updated() + " updated.");
        }
        return Cli.OK;
    }
}
