package org.tema.ui.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import org.fxmisc.richtext.InlineCssTextArea;
import org.tema.app.Project;
import org.tema.model.Document;

/**
 * Measures how smoothly the coding workbench scrolls the 60,000-word transcript with 3,000 coded
 * passages (the window of {@link WorkbenchBench}, stripe margin included): from top to bottom page by
 * page and by the wheel, and by jumps to the middle, one step per frame, printing the frame intervals
 * and the FX thread's work per frame. Needs a display (run under Xvfb):
 * {@code java -cp tema.jar org.tema.ui.bench.ScrollBench [rounds] [wheel notches per frame]};
 * {@code -Dtema.bench.modes=page,wheel,jump} chooses the modes (for profiling one of them).
 */
public final class ScrollBench {
    private static final int WORDS = 60_000;
    private static final int PASSAGES = 3_000;
    private static final int JUMPS = 10;
    private static final int IDLE_FRAMES = 120;

    private ScrollBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int notches = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path file = Files.createTempDirectory("tema-bench").resolve("bench.tema");
        LongTranscript.build(file, WORDS, PASSAGES, 40, 7);
        System.out.println("Load average before: " + loadAverage());
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                start(Project.open(file), rounds, notches, done);
            } catch (RuntimeException e) {
                e.printStackTrace();
                done.countDown();
            }
        });
        done.await();
        System.out.println("Load average after: " + loadAverage());
        Platform.exit();
    }

    private static void start(Project project, int rounds, int notches, CountDownLatch done) {
        BenchWindow window = new BenchWindow(project);
        Document doc = project.documents().list().get(0);
        window.coding.documentProperty().set(doc);
        window.layout();
        InlineCssTextArea area = window.view.area();
        System.out.printf(Locale.ROOT, "Transcript: %,d words, %,d characters, %,d paragraphs, %,d coded passages, %d stripe lanes;"
                        + " window %.0fx%.0f, viewport %.0f px high, estimated height %.0f px%n",
                doc.wordCount(), area.getLength(), area.getParagraphs().size(), window.view.marks().size(),
                window.view.stripes().lanes(), BenchWindow.WIDTH, BenchWindow.HEIGHT, area.getViewportHeight(),
                area.getTotalHeightEstimate());
        List<ScrollMode> modes = new ArrayList<>();
        modes.add(ScrollModes.idle(area, IDLE_FRAMES));
        String only = System.getProperty("tema.bench.modes", "page,wheel,jump");
        for (int r = 0; r < rounds; r++) {
            if (only.contains("page")) {
                modes.add(ScrollModes.pageDown(area));
            }
            if (only.contains("wheel")) {
                modes.add(ScrollModes.wheel(area, notches));
            }
            if (only.contains("jump")) {
                modes.add(ScrollModes.jumpToMiddle(area, JUMPS));
            }
        }
        int[] round = {0};
        new FrameDriver(window.scene(), modes, (mode, result) -> {
            if (mode.name().startsWith("page")) {
                System.out.printf("Round %d:%n", ++round[0]);
            }
            System.out.println("  " + result.stats().line(mode.name()));
            if (!result.jumpFrames().isEmpty()) {
                System.out.println("    the jumps' frames, interval (ms): " + rounded(result.jumpFrames()));
                System.out.println("    the jumps' frames, FX work (ms):  " + rounded(result.jumpWork()));
            }
        }, () -> {
            System.out.printf("Visible stripes at the end: %d%n", area.lookupAll(".coding-stripe").size());
            window.stage.close();
            project.close();
            done.countDown();
        }).start();
    }

    private static List<String> rounded(List<Double> ms) {
        return ms.stream().map(m -> String.format(Locale.ROOT, "%.1f", m)).toList();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
