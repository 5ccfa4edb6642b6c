package org.tema.ui.shell;

import org.tema.app.DemoProject;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.tema.ui.common.FxTaskRunner;
import org.tema.ui.common.Messages;
import org.tema.ui.common.Settings;
import org.tema.ui.common.SettingsStore;
import org.tema.ui.common.TaskRunner;

/**
 * The composition root of the window: settings, the task runner, the shell and its window. A change
 * of language rebuilds the window's content; a change of theme swaps the stylesheet; both are saved.
 * For scripted runs, {@code -Dtema.open=FILE} opens a project and {@code -Dtema.phase=CODE} picks the phase.
 */
public final class TemaApp extends Application {
    private SettingsStore store;
    private Settings settings;
    private TaskRunner tasks;
    private ShellViewModel shell;

    @Override
    public void init() {
        store = SettingsStore.inUserConfigDir();
        settings = Settings.fromJson(store.load());
    }

    @Override
    public void start(Stage stage) {
        tasks = new FxTaskRunner();
        shell = new ShellViewModel(tasks, settings, sampleMaker(), importer());
        applyTheme();
        Scene scene = new Scene(new MainWindow(stage, shell, Messages.of(settings.effectiveLocale())).root(), 1440, 900);
        scene.getStylesheets().add(TemaApp.class.getResource("/org/tema/ui/tema.css").toExternalForm());
        stage.setScene(scene);
        installWindow(stage, scene);
        settings.darkProperty().addListener((o, a, b) -> {
            applyTheme();
            save();
        });
        settings.languageProperty().addListener((o, a, b) -> {
            installWindow(stage, scene);
            save();
        });
        settings.recentProjects().addListener((javafx.collections.ListChangeListener<String>) c -> save());
        settings.reportProperty().addListener((o, a, b) -> save());
        stage.setOnCloseRequest(e -> {
            e.consume();
            shell.closeThen(javafx.application.Platform::exit);
        });
        stage.show();
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

    private void save() {
        var json = settings.toJson();
        tasks.run(progress -> {
            store.save(json);
            return null;
        }, v -> { }, e -> { });
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
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
