package org.tema.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.tema.ui.common.Icons;
import org.tema.ui.common.Messages;
import org.tema.ui.common.ProjectSession;

/** The menu bar: projects, undo and redo named after the edit, phases, theme and settings. */
final class AppMenu {
    /** What the menu asks the window to do. */
    interface Actions {
        void newProject();

        void openProject();

        void openSample();

        void importFiles();

        void closeProject();

        void backUpNow();

        void restoreBackup();

        void quit();

        void search();

        void settings();
    }

    private final MenuBar bar = new MenuBar();

    AppMenu(ShellViewModel shell, Messages messages, Actions actions) {
        MenuItem sample = item(messages.get("menu.file.sample"), Icons.SAMPLE, null, actions::openSample);
        sample.setVisible(shell.hasSample());
        MenuItem importFiles = item(messages.get("menu.file.import"), null, "Shortcut+I", actions::importFiles);
        importFiles.disableProperty().bind(shell.sessionProperty().isNull());
        importFiles.setVisible(shell.canImport());
        MenuItem close = item(messages.get("menu.file.close"), null, "Shortcut+W", actions::closeProject);
        close.disableProperty().bind(shell.sessionProperty().isNull());
        MenuItem backUp = item(messages.get("menu.file.backup"), null, null, actions::backUpNow);
        backUp.disableProperty().bind(shell.sessionProperty().isNull());
        MenuItem restore = item(messages.get("menu.file.restore"), null, null, actions::restoreBackup);
        restore.setId("menu-restore");
        restore.disableProperty().bind(shell.sessionProperty().isNull());
        Menu file = new Menu(messages.get("menu.file"), null,
                item(messages.get("menu.file.new"), Icons.NEW, "Shortcut+N", actions::newProject),
                item(messages.get("menu.file.open"), Icons.OPEN, "Shortcut+O", actions::openProject),
                sample, importFiles, close, new SeparatorMenuItem(), backUp, restore, new SeparatorMenuItem(),
                item(messages.get("menu.file.quit"), null, "Shortcut+Q", actions::quit));

        MenuItem undo = item(messages.get("menu.edit.undo"), Icons.UNDO, "Shortcut+Z",
                () -> shell.withSession(ProjectSession::undo));
        undo.setId("menu-undo");
        MenuItem redo = item(messages.get("menu.edit.redo"), Icons.REDO, "Shortcut+Shift+Z",
                () -> shell.withSession(ProjectSession::redo));
        redo.setId("menu-redo");
        shell.sessionProperty().addListener((o, a, s) -> bindHistory(undo, redo, s, messages));
        bindHistory(undo, redo, shell.sessionProperty().get(), messages);
        MenuItem find = item(messages.get("coding.search"), Icons.SEARCH, "Shortcut+F", actions::search);
        find.disableProperty().bind(shell.sessionProperty().isNull());
        Menu edit = new Menu(messages.get("menu.edit"), null, undo, redo, new SeparatorMenuItem(), find);

        Menu view = new Menu(messages.get("menu.view"));
        int n = 1;
        for (Phase p : Phase.values()) {
            MenuItem m = item(messages.get(p.key()), p.icon(), "Shortcut+" + n++, () -> shell.phaseProperty().set(p));
            m.disableProperty().bind(shell.sessionProperty().isNull());
            view.getItems().add(m);
        }
        CheckMenuItem dark = new CheckMenuItem(messages.get("menu.view.dark"));
        dark.selectedProperty().bindBidirectional(shell.settings().darkProperty());
        view.getItems().addAll(new SeparatorMenuItem(), dark,
                item(messages.get("menu.view.settings"), Icons.SETTINGS, null, actions::settings));
        bar.getMenus().addAll(file, edit, view);
        bar.setUseSystemMenuBar(true);
    }

    MenuBar node() {
        return bar;
    }

    private static void bindHistory(MenuItem undo, MenuItem redo, ProjectSession s, Messages messages) {
        undo.textProperty().unbind();
        redo.textProperty().unbind();
        undo.disableProperty().unbind();
        redo.disableProperty().unbind();
        if (s == null) {
            undo.setText(messages.get("menu.edit.undo"));
            redo.setText(messages.get("menu.edit.redo"));
            undo.setDisable(true);
            redo.setDisable(true);
            return;
        }
        undo.textProperty().bind(Bindings.createStringBinding(() -> s.undoNameProperty().get().isEmpty()
                ? messages.get("menu.edit.undo") : messages.format("menu.edit.undoNamed", s.undoNameProperty().get()),
                s.undoNameProperty()));
        redo.textProperty().bind(Bindings.createStringBinding(() -> s.redoNameProperty().get().isEmpty()
                ? messages.get("menu.edit.redo") : messages.format("menu.edit.redoNamed", s.redoNameProperty().get()),
                s.redoNameProperty()));
        undo.disableProperty().bind(s.undoNameProperty().isEmpty());
        redo.disableProperty().bind(s.redoNameProperty().isEmpty());
    }

    private static MenuItem item(String text, Icons icon, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text, icon == null ? null : icon.node());
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
