package org.tema.cli;

import java.io.PrintStream;

/** Where a command writes: results to {@code out}, messages and errors to {@code err}. */
public record Console(PrintStream out, PrintStream err) {
    public static Console system() {
        return new Console(new PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new PrintStream(System.err, true, java.nio.charset.StandardCharsets.UTF_8));
    }
}
