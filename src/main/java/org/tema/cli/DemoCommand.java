package org.tema.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.tema.app.DemoProject;
import org.tema.store.ProjectCounts;

/**
 * {@code tema demo DIR [--from SAMPLE-DIR]}: builds {@code DIR/sample.tema} from the sample folder,
 * found with {@code --from}, else beside the jar's folder ({@code target/../sample-data}), else in
 * the current directory.
 */
final class DemoCommand implements Command {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String usage() {
        return "DIR [--from SAMPLE-DIR]     build DIR/sample.tema, a partly coded sample project";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of("from"), Set.of()).expect(1, false, "a folder for the sample project");
        Path from = args.option("from") != null ? Path.of(args.option("from")) : DemoProject.locateSampleData().orElseThrow(() -> new UsageException(
                "no «" + DemoProject.SAMPLE_DIR + "» folder was found beside the program or in the current folder; give one with --from"));
        ProjectCounts counts = DemoProject.build(from, args.path(0));
        console.err().println("Built " + args.path(0).resolve(DemoProject.FILE_NAME) + " from " + from);
        console.out().println(Json.pretty(counts));
        return Cli.OK;
    }
}
