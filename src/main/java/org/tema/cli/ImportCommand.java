package org.tema.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.tema.app.ImportOptions;
import org.tema.app.ImportResult;
import org.tema.app.ImportTranscripts;
import org.tema.app.Project;

/** {@code tema import P.tema FILE... [--group NAME]}: imports transcripts, one line per file. */
final class ImportCommand implements Command {
    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "P.tema FILE|FOLDER...       import transcripts (txt md docx odt rtf vtt srt) [--group NAME]";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of("group"), Set.of()).expect(2, true, "a project file and one or more transcripts");
        List<Path> files = args.positional().subList(1, args.positional().size()).stream().map(Path::of).toList();
        try (Project p = Files.exists(args.path(0)) ? OpenedProject.open(args.path(0), console) : Project.create(args.path(0))) {
            List<ImportResult> results = new ImportTranscripts(p).run(files, ImportOptions.ofGroup(args.option("group")));
            return report(results, console);
        }
    }

    static int report(List<ImportResult> results, Console console) {
        List<String> failed = results.stream().filter(r -> !r.ok()).map(r -> r.file().getFileName().toString()).toList();
        for (ImportResult r : results) {
            (r.ok() ? console.out() : console.err()).println(r.message());
        }
        if (results.isEmpty()) {
            console.err().println("No transcripts found to import.");
            return Cli.FAILURE;
        }
        if (!failed.isEmpty()) {
            console.err().println(failed.size() + " of " + results.size() + " files were not imported: " + String.join(", ", failed));
            return Cli.FAILURE;
        }
        return Cli.OK;
    }
}
