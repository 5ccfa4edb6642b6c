package org.tema;

import java.util.List;
import org.tema.cli.Commands;
import org.tema.ui.shell.GuiLauncher;

/**
 * The entry point of {@code tema.jar}: with no arguments it opens the program's window, with a
 * command it runs the command line. (It does not extend a JavaFX class, so the shaded jar starts.)
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            GuiLauncher.launch();
            return;
        }
        System.exit(Commands.run(List.of(args)));
    }
}
