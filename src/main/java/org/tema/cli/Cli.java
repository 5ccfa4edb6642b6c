package org.tema.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line: picks the command named by the first argument and maps errors to exit codes. */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Console console;

    public Cli(List<Command> commands, Console console) {
        commands.forEach(c -> this.commands.put(c.name(), c));
        this.console = console;
    }

    public int run(List<String> args) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            printHelp();
            return args.isEmpty() ? USAGE : OK;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            console.err().println("tema: unknown command «" + args.get(0) + "»; see tema --help");
            return USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help")) {
            console.out().println("usage: tema " + command.name() + " " + command.usage());
            return OK;
        }
        try {
            return command.run(rest, console);
        } catch (UsageException e) {
            console.err().println("tema " + command.name() + ": " + e.getMessage());
            console.err().println("usage: tema " + command.name() + " " + command.usage());
            return USAGE;
        } catch (IOException | UncheckedIOException e) {
            console.err().println("tema " + command.name() + ": " + e.getMessage());
            return FAILURE;
        } catch (Exception e) {
            console.err().println("tema " + command.name() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return FAILURE;
        }
    }

    private void printHelp() {
        console.out().println("Tema: thematic analysis of interview transcripts.");
        console.out().println();
        console.out().println("usage: java -jar tema.jar                 open the program");
        console.out().println("       java -jar tema.jar --sample        open it on a fresh copy of the sample project (in ~/Tema)");
        console.out().println("       java -jar tema.jar open P.tema     open it on a project");
        console.out().println("       java -jar tema.jar COMMAND ARGS    run a command:");
        console.out().println();
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(8);
        for (Command c : commands.values()) {
            console.out().printf("  %-" + width + "s  %s%n", c.name(), c.usage());
        }
        console.out().println();
        console.out().println("Exit codes: 0 success, 1 failure, 2 usage error.");
    }
}
