package org.tema.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.tema.app.Backup;
import org.tema.app.Backups;
import org.tema.app.Project;

/**
 * How long the automatic backup takes on a large project: opening it, then {@link Backups#backUpNow()}
 * ({@code VACUUM INTO} a temporary file, sync, move into place). Run it on the project that
 * {@code tema bench DIR} leaves behind:
 * {@code java -cp target/tema.jar org.tema.bench.BackupBench DIR/bench.tema}.
 */
public final class BackupBench {
    private static final int RUNS = 7;
    private final PrintStream out;

    public BackupBench(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java -cp tema.jar org.tema.bench.BackupBench P.tema");
            System.exit(2);
        }
        new BackupBench(System.out).run(Path.of(args[0]));
    }

    public void run(Path file) throws IOException {
        out.printf(Locale.ROOT, "project    %8.1f MB  %s%n", Files.size(file) / 1e6, file.getFileName());
        BenchTimer timer = new BenchTimer(out, RUNS);
        try (Project p = Project.open(file)) {
            Backups backups = new Backups(p, Clock.systemDefaultZone());
            timer.report("backup (VACUUM INTO)", () -> {
                Backup b = backups.backUpNow();
                return String.format(Locale.ROOT, "%.1f MB", b.size() / 1e6);
            });
        }
    }
}
