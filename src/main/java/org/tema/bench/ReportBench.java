package org.tema.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tema.app.Project;
import org.tema.io.AtomicFiles;
import org.tema.io.report.BareFindings;
import org.tema.io.report.FindingsReport;
import org.tema.report.QuoteSelection;
import org.tema.report.ReportData;
import org.tema.report.ReportSettings;

/**
 * The reporting benchmark ({@code tema bench-report}): a findings report of 5,000 quotes, timed whole
 * (reading the project, writing the Word file) and as the writer alone, against the time POI takes to
 * write the same headings and paragraphs bare (no styles, no footer). Medians of several runs after a
 * warm-up.
 */
public final class ReportBench {
    /** 5,000 passages over 60 codes in 20 transcripts of 5,000 words. */
    public static final SyntheticProject.Size QUOTES_5000 = new SyntheticProject.Size(20, 5_000, 5_000, 60, 12, 200);
    private static final int RUNS = 5;
    private final PrintStream out;

    public ReportBench(PrintStream out) {
        this.out = out;
    }

    public void run(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("report-bench.tema");
        Files.deleteIfExists(file);
        SyntheticProject.build(file, QUOTES_5000, 42);
        Path docx = dir.resolve("findings.docx");
        Path bare = dir.resolve("bare.docx");
        ReportSettings settings = ReportSettings.defaults(Locale.forLanguageTag("nb")).withQuotes(QuoteSelection.ALL);
        try (Project p = Project.open(file)) {
            ReportData data = p.reporting().data();
            long quotes = data.quotesByCode().values().stream().mapToLong(List::size).sum();
            out.printf(Locale.ROOT, "project    %d quotes of %d codes in %d documents%n", quotes, data.codes().size(),
                    QUOTES_5000.documents());
            double whole = median(() -> p.reporting().writeReport(org.tema.report.ReportKind.FINDINGS, settings, docx));
            double writer = median(() -> AtomicFiles.write(docx, o -> new FindingsReport().write(data, settings, o)));
            double poi = median(() -> AtomicFiles.write(bare, o -> new BareFindings().write(data, settings, o)));
            out.printf(Locale.ROOT, "findings   %8.0f ms  whole: read project + write %s (%d kB)%n", whole, docx.getFileName(),
                    Files.size(docx) / 1024);
            out.printf(Locale.ROOT, "writer     %8.0f ms  the findings writer alone%n", writer);
            out.printf(Locale.ROOT, "bare POI   %8.0f ms  the same headings and paragraphs, no styles (%d kB)%n", poi,
                    Files.size(bare) / 1024);
            out.printf(Locale.ROOT, "ratio      %8.2f     writer / bare POI (target <= 1.5); whole %.2f%n", writer / poi, whole / poi);
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws IOException;
    }

    private static double median(Work work) throws IOException {
        work.run();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - t0) / 1e6);
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
