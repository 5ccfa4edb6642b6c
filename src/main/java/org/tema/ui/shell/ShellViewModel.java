package org.tema.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tema.app.AutomaticBackup;
import org.tema.app.Overview;
import org.tema.app.Project;
import org.tema.ui.common.ProjectSession;
import org.tema.ui.common.RunningTask;
import org.tema.ui.common.Settings;
import org.tema.ui.common.TaskRunner;

/**
 * The main window's state: the open project (as a session), the window title, the current phase,
 * the project's status (counts, uncoded share per document), the running background task, and the
 * last error. Opening, creating and closing projects and importing files happen here.
 */
public final class ShellViewModel {
    private final TaskRunner tasks;
    private final Settings settings;
    private final Optional<SampleMaker> sample;
    private final Optional<TranscriptImporter> importer;
    private final ReadOnlyObjectWrapper<ProjectSession> session = new ReadOnlyObjectWrapper<>();
    private final StringProperty title = new SimpleStringProperty("Tema");
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.CODE);
    private final ObjectProperty<Overview.Totals> counts = new SimpleObjectProperty<>();
    private final ObservableList<Overview.DocumentStatus> status = FXCollections.observableArrayList();
    private final ObjectProperty<RunningTask> task = new SimpleObjectProperty<>();
    private final ObjectProperty<Throwable> error = new SimpleObjectProperty<>();
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.ENGLISH);
    private final ObservableList<String> importProblems = FXCollections.observableArrayList();
    private Function<List<SpeakerChoice>, Optional<List<SpeakerChoice>>> speakerReview = Optional::of;
    private final BackupsViewModel backups = new BackupsViewModel(AutomaticBackup.standard(), Clock.systemDefaultZone(),
            session::get, this::open);

    public ShellViewModel(TaskRunner tasks, Settings settings, Optional<SampleMaker> sample,
                          Optional<TranscriptImporter> importer) {
        this.tasks = tasks;
        this.settings = settings;
        this.sample = sample;
        this.importer = importer;
        phase.addListener((o, a, p) -> rememberPhase(p));
    }

    public ReadOnlyObjectProperty<ProjectSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ObjectProperty<Overview.Totals> countsProperty() {
        return counts;
    }

    /** Each transcript with its coded passages and the share of its words not yet coded. */
    public ObservableList<Overview.DocumentStatus> documentStatus() {
        return status;
    }

    /** The background work the window shows with a progress bar and a cancel button; null when idle. */
    public ObjectProperty<RunningTask> taskProperty() {
        return task;
    }

    public ObjectProperty<Throwable> errorProperty() {
        return error;
    }

    /** The files that the latest import could not take, one line each. */
    public ObservableList<String> importProblems() {
        return importProblems;
    }

    /** The language the window shows; the open session names its edits (Undo: ...) in it. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Settings settings() {
        return settings;
    }

    /** Backups of the open project: the automatic one after opening, making one now, restoring one. */
    public BackupsViewModel backups() {
        return backups;
    }

    public boolean hasSample() {
        return sample.isPresent();
    }

    public boolean canImport() {
        return importer.isPresent();
    }

    public void open(Path file) {
        start(() -> Project.open(file));
    }

    public void create(Path file) {
        start(() -> Project.create(file));
    }

    /** Makes a fresh working copy of the sample project in {@code folder} and opens it. */
    public void openSample(Path folder) {
        SampleMaker maker = sample.orElseThrow(() -> new IllegalStateException("There is no sample project in this build"));
        start(() -> Project.open(maker.makeIn(folder)));
    }

    private interface Opener {
        Project open() throws Exception;
    }

    private void start(Opener opener) {
        closeThen(() -> track(tasks.run(progress -> opener.open(), this::opened, this::fail)));
    }

    private void opened(Project project) {
        ProjectSession s = new ProjectSession(project, tasks, this::fail);
        s.localeProperty().bind(locale);
        lastPhase(Settings.projectKey(project.path())).ifPresent(phase::set);
        session.set(s);
        title.set("Tema — " + project.name());
        settings.remember(project.path().toAbsolutePath().toString());
        s.revisionProperty().addListener((o, a, b) -> refreshStatus());
        refreshStatus();
        backups.afterOpening(s);
    }

    /** The phase last shown with a project, if it was remembered. */
    private Optional<Phase> lastPhase(String projectKey) {
        String name = settings.project(projectKey).lastPhase();
        return java.util.Arrays.stream(Phase.values()).filter(p -> p.name().equals(name)).findFirst();
    }

    private void rememberPhase(Phase shown) {
        ProjectSession s = session.get();
        if (s != null && shown != null) {
            settings.updateProject(Settings.projectKey(s.path()), m -> m.withLastPhase(shown.name()));
        }
    }

    /** Closes the open project (if any) after its queued work, then runs {@code then}. */
    public void closeThen(Runnable then) {
        ProjectSession s = session.get();
        if (s == null) {
            then.run();
            return;
        }
        session.set(null);
        title.set("Tema");
        counts.set(null);
        status.clear();
        s.close(then);
    }

    /** Asked with the speakers of files about to be imported; returns them as reviewed, or empty to cancel. */
    public void setSpeakerReview(Function<List<SpeakerChoice>, Optional<List<SpeakerChoice>>> review) {
        this.speakerReview = review;
    }

    /**
     * Imports files into the open project: reads their speakers in the background, lets the user
     * review them, then imports with progress and cancel. Files that fail are listed in {@link #importProblems()}.
     */
    public void importFiles(List<Path> files) {
        ProjectSession s = session.get();
        if (s == null || importer.isEmpty() || files.isEmpty()) {
            return;
        }
        TranscriptImporter imp = importer.get();
        importProblems.clear();
        track(s.work((p, progress) -> imp.speakers(p, files), speakers -> {
            Optional<List<SpeakerChoice>> reviewed = speakers.isEmpty() ? Optional.of(speakers) : speakerReview.apply(speakers);
            reviewed.ifPresent(chosen -> track(s.work((p, progress) -> imp.importFiles(p, files, chosen, progress),
                    importProblems::setAll)));
        }));
    }

    private void refreshStatus() {
        ProjectSession s = session.get();
        if (s != null) {
            s.read(p -> new Status(p.overview().totals(), p.overview().documents()), st -> {
                counts.set(st.counts());
                status.setAll(st.documents());
            });
        }
    }

    private record Status(Overview.Totals counts, List<Overview.DocumentStatus> documents) {
    }

    private void track(RunningTask running) {
        task.set(running);
        if (!running.runningProperty().get()) {
            task.set(null);
            return;
        }
        running.runningProperty().addListener((o, was, now) -> {
            if (!now && task.get() == running) {
                task.set(null);
            }
        });
    }

    private void fail(Throwable t) {
        error.set(t);
    }

    /** Runs {@code action} with the open session, if there is one. */
    public void withSession(Consumer<ProjectSession> action) {
        Optional.ofNullable(session.get()).ifPresent(action);
    }
}
