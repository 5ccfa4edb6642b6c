package org.tema.ui.shell;

import javafx.application.Application;

/** Starts the window. Not itself an {@link Application}, so a plain jar can start JavaFX from the classpath. */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    public static void launch(String... args) {
        Application.launch(TemaApp.class, args);
    }
}
