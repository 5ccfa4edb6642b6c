package org.tema.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.tema.analysis.PassageFilter;
import org.tema.app.Project;
import org.tema.io.json.ProjectJson;
import org.tema.model.Segment;

/**
 * The foundation benchmark ({@code tema bench}): opening a large project, retrieving one code's
 * passages with their text, a full-text search, applying a code, exporting JSON, and the heap in use.
 * Each figure is the median of several runs after a warm-up.
 */
public final class FoundationBench {
    private static final int RUNS = 7;
    private final PrintStream out;

    public FoundationBench(PrintStream out) {
        this.out = out;
    }

    public void run(Path dir, SyntheticProject.Size size) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("bench.tema");
        Files.deleteIfExists(file);
        long t0 = System.nanoTime();
        List<Long> codes = SyntheticProject.build(file, size, 42);
        out.printf(Locale.ROOT, "generate   %8.0f ms  (%d documents, %d segments, %d codes)%n", ms(t0), size.documents(),
                size.segments(), size.codes());
        long firstCode = codes.get(0);

        report("open", () -> {
            try (Project p = Project.open(file)) {
                return p.name();
            }
        });
        try (Project p = Project.open(file)) {
            report("retrieve", () -> p.retrieval().ofCode(firstCode, PassageFilter.EVERYTHING).size() + " passages");
            String word = SyntheticProject.wordOfRank(400);
            report("search", () -> p.search(word).size() + " hits of «" + word + "», all");
            report("search-prefix", () -> p.search("tillit*").size() + " hits of «tillit*», all");
            report("search-page", () -> p.search("og", 200).size() + " hits of «og», first page");
            report("search-all", () -> p.search("og").size() + " hits of «og», all");
            long doc = p.documents().list().get(0).id();
            int[] offset = {0};
            report("apply", () -> {
                offset[0] += 7;
                Segment s = p.coding().apply(doc, codes.get(5), offset[0], offset[0] + 30);
                return "segment " + s.id();
            });
            Path json = dir.resolve("bench.json");
            report("export-json", () -> {
                try {
                    ProjectJson.write(p.stores().file(), json);
                    return Files.size(json) / 1_000_000 + " MB";
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            out.printf(Locale.ROOT, "heap       %8.0f MB  (used after GC, project open)%n", heap / 1e6);
        }
    }

    private void report(String name, Supplier<String> work) {
        long cold = System.nanoTime();
        work.get();
        double first = ms(cold);
        double[] times = new double[RUNS];
        String result = "";
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            result = work.get();
            times[i] = ms(t);
        }
        java.util.Arrays.sort(times);
        out.printf(Locale.ROOT, "%-13s %8.1f ms  median of %d (min %.1f, max %.1f; first run %.1f)  %s%n", name,
                times[RUNS / 2], RUNS, times[0], times[RUNS - 1], first, result);
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
