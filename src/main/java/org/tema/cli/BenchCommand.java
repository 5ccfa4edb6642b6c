package org.tema.cli;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.tema.bench.CategorisationBench;
import org.tema.bench.FoundationBench;
import org.tema.bench.SyntheticProject;

/** {@code tema bench [DIR] [--small]}: builds a synthetic project and prints timings of the core operations. */
final class BenchCommand implements Command {
    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "[DIR] [--small] [--categorisation]  benchmark on a synthetic 2-million-word project";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of("small", "categorisation"));
        var dir = args.positional().isEmpty() ? Files.createTempDirectory("tema-bench") : args.path(0);
        SyntheticProject.Size size = args.flag("small") ? SyntheticProject.Size.SMALL : SyntheticProject.Size.FULL;
        if (args.flag("categorisation")) {
            new CategorisationBench(console.out()).run(dir, size);
            return Cli.OK;
        }
        new FoundationBench(console.out()).run(dir, size);
        return Cli.OK;
    }
}
