package org.tema.cli;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.tema.bench.ReportBench;

/** {@code tema bench-report [DIR]}: times a findings report of 5,000 quotes against bare POI. */
final class BenchReportCommand implements Command {
    @Override
    public String name() {
        return "bench-report";
    }

    @Override
    public String usage() {
        return "[DIR]                       benchmark a findings report of 5,000 quotes against bare POI";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of());
        var dir = args.positional().isEmpty() ? Files.createTempDirectory("tema-bench-report") : args.path(0);
        new ReportBench(console.out()).run(dir);
        return Cli.OK;
    }
}
