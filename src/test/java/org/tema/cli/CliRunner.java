package org.tema.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line as {@code tema ARGS...} would, and keeps what it printed for the tests to read. */
final class CliRunner {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final boolean eachRunAlone;

    private CliRunner(boolean eachRunAlone) {
        this.eachRunAlone = eachRunAlone;
    }

    /** What is read after a run is what that run printed. */
    static CliRunner eachRunAlone() {
        return new CliRunner(true);
    }

    /** What is read is everything printed since the start or the last {@link #reset()}. */
    static CliRunner accumulating() {
        return new CliRunner(false);
    }

    /** Runs the command and returns its exit code. */
    int run(String... args) {
        if (eachRunAlone) {
            reset();
        }
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(Commands.all(), console).run(List.of(args));
    }

    void reset() {
        out.reset();
        err.reset();
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    List<String> lines() {
        return out().lines().toList();
    }
}
