package org.tema.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.tema.app.Project;
import org.tema.model.Code;
import org.tema.model.Document;
import org.tema.ui.coding.CodeTreeViewModel;
import org.tema.ui.coding.CodingViewModel;
import org.tema.ui.transcript.TranscriptView;

/**
 * Measures the coding workbench on a 60,000-word transcript with 3,000 coded passages: opening it
 * (reading it from the project and showing it, styled, with its stripes, laid out) and applying a
 * code (storing it, reloading the passages, repainting). Everything runs on the FX thread here, so
 * the figures include the database work that the program does in the background. Needs a display
 * (run under Xvfb): {@code java -cp tema.jar org.tema.ui.bench.WorkbenchBench}.
 */
public final class WorkbenchBench {
    private static final int WORDS = 60_000;
    private static final int PASSAGES = 3_000;
    private static final int ROUNDS = 15;

    private WorkbenchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("tema-bench");
        Path file = dir.resolve("bench.tema");
        LongTranscript.build(file, WORDS, PASSAGES, 40, 7);
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                run(file);
            } catch (RuntimeException e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static void run(Path file) {
        try (Project project = Project.open(file)) {
            BenchWindow window = new BenchWindow(project);
            CodeTreeViewModel tree = window.tree;
            CodingViewModel coding = window.coding;
            TranscriptView view = window.view;
            Stage stage = window.stage;
            Scene scene = window.scene();
            long[] changeSeen = {0};
            coding.markChangeProperty().addListener((o, a, b) -> changeSeen[0] = System.nanoTime());
            Document doc = project.documents().list().get(0);
            String text = project.documents().text(doc.id());
            System.out.printf("Transcript: %,d words, %,d characters, %,d coded passages, %,d speaker turns%n",
                    doc.wordCount(), text.length(), project.coding().ofDocument(doc.id()).size(), project.documents().turns(doc.id()).size());
            double[] open = new double[ROUNDS];
            double[] layout = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                coding.documentProperty().set(null);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                long t0 = System.nanoTime();
                coding.documentProperty().set(doc);
                long t1 = System.nanoTime();
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                open[i] = (System.nanoTime() - t0) / 1e6;
                layout[i] = (System.nanoTime() - t1) / 1e6;
            }
            report("open transcript (read + show + layout)", open);
            double[] read = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                long t0 = System.nanoTime();
                org.tema.ui.coding.CodingViewModel.loadContentForBench(project, doc.id());
                read[i] = (System.nanoTime() - t0) / 1e6;
            }
            report("  of which reading it from the project", read);
            report("  of which CSS and layout of the visible part", layout);
            Random random = new Random(3);
            List<Code> leaves = tree.codes().stream().filter(n -> n.children().isEmpty()).map(n -> n.code()).toList();
            double[] total = new double[ROUNDS];
            double[] repaint = new double[ROUNDS];
            CodingViewModel c = coding;
            TranscriptView v = view;
            for (int i = 0; i < ROUNDS; i++) {
                int start = random.nextInt(Math.min(text.length() - 400, 3000));
                c.select(start, start + 40 + random.nextInt(200));
                long t0 = System.nanoTime();
                c.apply(leaves.get(random.nextInt(leaves.size())));
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                long t1 = System.nanoTime();
                total[i] = (t1 - t0) / 1e6;
                repaint[i] = (t1 - changeSeen[0]) / 1e6;
            }
            report("apply a code: repaint (restyle + stripes + layout)", repaint);
            report("apply a code: store + reload passages + repaint", total);
            System.out.printf("Visible stripes after the run: %d%n", v.area().lookupAll(".coding-stripe").size());
            stage.close();
        }
    }

    private static void report(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        List<String> all = new ArrayList<>();
        for (double m : ms) {
            all.add(String.format(Locale.ROOT, "%.1f", m));
        }
        System.out.printf(Locale.ROOT, "%-52s first %.1f ms, median %.1f ms, max after first %.1f ms  [%s]%n", what, ms[0],
                sorted[sorted.length / 2], Arrays.stream(ms).skip(1).max().orElse(0), String.join(" ", all));
    }
}
