package org.tema.ui.shell;

import org.tema.app.DemoProject;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.tema.ui.common.FxTaskRunner;
import org.tema.ui.common.Messages;
import org.tema.ui.common.Settings;
import org.tema.ui.common.SettingsSaver;
import org.tema.ui.common.SettingsStore;
import org.tema.ui.common.TaskRunner;

/**
 * The composition root of the window: settings, the task runner, the shell and its window. A change
 * of language rebuilds the window's content; a change of theme swaps the stylesheet. Every change of
 * the settings (the window's place and size and the dividers too) is saved a moment later and at exit.
 * For scripted runs, {@code -Dtema.open=FILE} opens a project and {@code -Dtema.phase=CODE} picks the phase.
 */
public final class TemaApp extends Application {
    private SettingsStore store;
    private Settings settings;
    private TaskRunner tasks;
    private ShellViewModel shell;
    private SettingsSaver saver;
    private WindowMemory window;

    @Override
    public void init() {
        store = SettingsStore.inUserConfigDir();
        settings = Settings.fromJson(store.load());
    }

    @Override
    public void start(Stage stage) {
        tasks = new FxTaskRunner();
        saver = new SettingsSaver(settings, store, tasks, Duration.millis(500));
        shell = new ShellViewModel(tasks, settings, sampleMaker(), importer());
        applyTheme();
        window = new WindowMemory(stage, settings);
        window.restore();
        Scene scene = new Scene(new MainWindow(stage, shell, Messages.of(settings.effectiveLocale())).root(),
                stage.getWidth(), stage.getHeight());
        scene.getStylesheets().add(TemaApp.class.getResource("/org/tema/ui/tema.css").toExternalForm());
        stage.setScene(scene);
        installWindow(stage, scene);
        settings.darkProperty().addListener((o, a, b) -> applyTheme());
        settings.languageProperty().addListener((o, a, b) -> installWindow(stage, scene));
        saver.watch();
        stage.setOnCloseRequest(e -> {
            e.consume();
            window.record();
            shell.closeThen(javafx.application.Platform::exit);
        });
        stage.show();
        window.track();
        Optional.ofNullable(System.getProperty("tema.phase")).map(Phase::valueOf).ifPresent(shell.phaseProperty()::set);
        Optional.ofNullable(System.getProperty("tema.open")).map(Path::of).ifPresent(shell::open);
        openFromCommandLine(getParameters().getRaw());
    }

    /** {@code open P.tema} opens that project; {@code --sample} a fresh copy of the sample in ~/Tema. */
    private void openFromCommandLine(java.util.List<String> args) {
        if (args.size() == 2 && args.get(0).equals("open")) {
            shell.open(Path.of(args.get(1)));
        } else if (args.contains("--sample") && shell.hasSample()) {
            shell.openSample(Path.of(System.getProperty("user.home"), "Tema"));
        }
    }

    private void installWindow(Stage stage, Scene scene) {
        MainWindow window = new MainWindow(stage, shell, Messages.of(settings.effectiveLocale()));
        scene.setRoot(window.root());
        window.installAccelerators();
    }

    private void applyTheme() {
        Application.setUserAgentStylesheet(settings.darkProperty().get()
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    /** The sample project, when the sample material is found beside the program. */
    private static Optional<SampleMaker> sampleMaker() {
        return DemoProject.locateSampleData().map(SampleFolder::maker);
    }

    /** The transcript import of the app layer. */
    private static Optional<TranscriptImporter> importer() {
        return Optional.of(new AppTranscriptImporter());
    }

    @Override
    public void stop() {
        if (saver != null) {
            window.record();
            saver.saveNow();
        }
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
