package org.tema.cli;

import java.util.List;

/** One command of the command line, such as {@code tema info P.tema}. */
public interface Command {
    /** The word that selects the command, e.g. {@code info}. */
    String name();

    /** One line: the arguments, then what the command does. */
    String usage();

    /** Runs the command; returns the exit code (0 success, 1 failure). Throws {@link UsageException} for bad arguments. */
    int run(List<String> args, Console console) throws Exception;
}
