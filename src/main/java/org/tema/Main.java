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
        if (opensWindow(args)) {
            GuiLauncher.launch(args);
            return;
        }
        System.exit(Commands.run(List.of(args)));
    }

    /** No arguments, {@code --sample}, or {@code open P.tema}: the window; anything else: the command line. */
    static boolean opensWindow(String[] args) {
        return args.length == 0 || (args.length == 1 && args[0].equals("--sample"))
                || (args.length == 2 && args[0].equals("open"));
    }
}
