package org.tema.cli;

import java.util.List;

/** Every command of the command line, in the order {@code tema --help} lists them. */
public final class Commands {
    private Commands() {
    }

    public static List<Command> all() {
        return List.of(
                new NewCommand(),
                new InfoCommand(),
                new CheckCommand(),
                new SearchCommand(),
                new ExportJsonCommand(),
                new ImportJsonCommand(),
                new BenchCommand(),
                new ExportCommand(),
                new ImportQdcCommand(),
                new ImportQdpxCommand(),
                new RetrieveCommand(),
                new MatrixCommand(),
                new AutoCodeCommand(),
                new FactsCommand(),
                new BenchReportCommand(),
                new ImportCommand(),
                new ParticipantsCommand(),
                new SpeakersCommand(),
                new GuideCommand(),
                new DemoCommand(),
                new BackupCommand(),
                new BackupsCommand(),
                new RestoreCommand());
    }

    public static int run(List<String> args) {
        return new Cli(all(), Console.system()).run(args);
    }
}
