package org.tema.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.tema.analysis.Cooccurrence;
import org.tema.analysis.PassageFilter;
import org.tema.analysis.SummaryGrid;
import org.tema.app.Matrices;
import org.tema.app.Project;
import org.tema.model.Category;
import org.tema.store.CategoryRepository;
import org.tema.store.ProjectFile;
import org.tema.store.SegmentRepository;

/**
 * The categorisation benchmark: co-occurrence matrix (target 300 ms), retrieval of a category of
 * about 5,000 passages with their words (target 100 ms) and the summary grid (target 300 ms) on the
 * synthetic project of {@link SyntheticProject}, through the same use cases the GUI calls.
 * Run with {@code tema bench --categorisation [DIR] [--small]} or this class's {@link #main}.
 */
public final class CategorisationBench {
    private static final int RUNS = 7;
    private static final int CATEGORY_PASSAGES = 5_000;
    private static final String CATEGORY = "Benchmark category";
    private final PrintStream out;
    private final BenchTimer timer;

    public CategorisationBench(PrintStream out) {
        this.out = out;
        this.timer = new BenchTimer(out, RUNS);
    }

    public static void main(String[] args) throws IOException {
        boolean small = List.of(args).contains("--small");
        List<String> rest = List.of(args).stream().filter(a -> !a.startsWith("--")).toList();
        Path dir = rest.isEmpty() ? Files.createTempDirectory("tema-bench") : Path.of(rest.get(0));
        new CategorisationBench(System.out).run(dir, small ? SyntheticProject.Size.SMALL : SyntheticProject.Size.FULL,
                List.of(args).contains("--reuse"));
    }

    public void run(Path dir, SyntheticProject.Size size) throws IOException {
        run(dir, size, false);
    }

    /** Runs the benchmark; with {@code reuse}, a project left in {@code dir} by an earlier run is used again. */
    public void run(Path dir, SyntheticProject.Size size, boolean reuse) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("categorisation-bench.tema");
        if (!reuse || !Files.exists(file)) {
            Files.deleteIfExists(file);
            long t0 = System.nanoTime();
            List<Long> codes = SyntheticProject.build(file, size, 42);
            addCategoryOfAbout(file, codes, Math.min(CATEGORY_PASSAGES, size.segments() / 10));
            out.printf(Locale.ROOT, "generate %8.0f ms  (%d documents, %d segments, %d codes, %d participants)%n",
                    BenchTimer.ms(t0), size.documents(), size.segments(), size.codes(), size.participants());
        }
        try (Project p = Project.open(file)) {
            long categoryId = p.categories().find(CATEGORY).id();
            PassageFilter all = PassageFilter.EVERYTHING;
            timer.report("cooccurrence (overlap)", () -> "max cell "
                    + p.matrices().cooccurrence(Cooccurrence.Mode.OVERLAP, all).maxCell());
            timer.report("cooccurrence (same turn)", () -> "max cell "
                    + p.matrices().cooccurrence(Cooccurrence.Mode.SAME_TURN, all).maxCell());
            timer.report("retrieve category", () -> p.retrieval().ofCategory(categoryId, all).size() + " passages with words");
            timer.report("retrieve category, no int.", () -> p.retrieval().ofCategory(categoryId, PassageFilter.DEFAULT).size()
                    + " passages (interviewer left out)");
            timer.report("summary grid (participants)", () -> cells(p.summaryGrids().byParticipant(all)));
            timer.report("summary grid (groups)", () -> cells(p.summaryGrids().byGroup(all)));
            timer.report("code x document, passages", () -> "total " + p.matrices().byDocument(Matrices.Measure.PASSAGES, all).grandTotal());
            timer.report("code x document, words", () -> "total " + p.matrices().byDocument(Matrices.Measure.WORDS, all).grandTotal());
            timer.report("code x group, passages", () -> "total " + p.matrices().byGroup(Matrices.Measure.PASSAGES, all).grandTotal());
        }
    }

    private static String cells(SummaryGrid grid) {
        long filled = grid.cells().stream().flatMap(List::stream).filter(c -> !c.passages().isEmpty()).count();
        return grid.codes().size() + " x " + grid.columns().size() + " cells, " + filled + " with passages";
    }

    /** Adds a category of the first codes whose passages add up to at least {@code passages}. */
    private static void addCategoryOfAbout(Path file, List<Long> codes, int passages) {
        try (ProjectFile pf = ProjectFile.open(file)) {
            SegmentRepository segments = new SegmentRepository(pf);
            List<Long> members = new ArrayList<>();
            long sum = 0;
            for (int i = 0; i < codes.size() && sum < passages; i++) {
                members.add(codes.get(i));
                sum += segments.countOfCode(codes.get(i));
            }
            CategoryRepository categories = new CategoryRepository(pf);
            for (Category c : categories.list()) {
                List<Long> rest = new ArrayList<>(c.codeIds());
                rest.removeAll(members);
                categories.update(new Category(c.id(), c.guid(), c.name(), c.description(), c.memo(), c.position(), rest));
            }
            categories.insert(new Category(0, UUID.randomUUID().toString(), CATEGORY, "", "",
                    categories.nextPosition(), members));
        }
    }
}
