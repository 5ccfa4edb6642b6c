package org.tema.ui.common;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.tema.app.EditName;
import org.tema.app.History;
import org.tema.app.Project;

/**
 * The open project as the views use it: every read and every edit runs through the task runner
 * (never on the FX thread). After each edit, undo or redo the revision counts up, so views reload,
 * and the names of the next undo and redo are published for the Edit menu, in the language of
 * {@link #localeProperty()} (English until the window sets its own).
 */
public final class ProjectSession {
    private final Project project;
    private final TaskRunner tasks;
    private final Consumer<Throwable> errors;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.ENGLISH);
    private Optional<EditName> nextUndo = Optional.empty();
    private Optional<EditName> nextRedo = Optional.empty();

    public ProjectSession(Project project, TaskRunner tasks, Consumer<Throwable> errors) {
        this.project = project;
        this.tasks = tasks;
        this.errors = errors;
        locale.addListener((o, a, b) -> publishNames());
    }

    private record Outcome<T>(T value, Optional<EditName> undo, Optional<EditName> redo) {
    }

    public String name() {
        return project.name();
    }

    public java.nio.file.Path path() {
        return project.path();
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /** Reads from the project in the background and hands the result to {@code onDone} on the view's thread. */
    public <T> RunningTask read(Function<Project, T> query, Consumer<? super T> onDone) {
        return tasks.run(progress -> query.apply(project), onDone, errors);
    }

    /** Reads with progress and cancel, for long work such as an import. */
    public <T> RunningTask work(ProjectWork<T> work, Consumer<? super T> onDone) {
        return tasks.run(progress -> work.call(project, progress), v -> {
            onDone.accept(v);
            revision.set(revision.get() + 1);
        }, errors);
    }

    /** Changes the project in the background; then {@code onDone}, then every view reloads. */
    public <T> void edit(Function<Project, T> change, Consumer<? super T> onDone) {
        tasks.run(progress -> {
            T value = change.apply(project);
            History h = project.history();
            return new Outcome<>(value, h.undoEditName(), h.redoEditName());
        }, outcome -> {
            nextUndo = outcome.undo();
            nextRedo = outcome.redo();
            publishNames();
            onDone.accept(outcome.value());
            revision.set(revision.get() + 1);
        }, errors);
    }

    public void edit(Consumer<Project> change) {
        edit(change, () -> { });
    }

    public void edit(Consumer<Project> change, Runnable then) {
        edit(p -> {
            change.accept(p);
            return null;
        }, v -> then.run());
    }

    public void undo() {
        edit(p -> p.history().undo());
    }

    public void redo() {
        edit(p -> p.history().redo());
    }

    /**
     * Runs {@code action} after every change, undo and redo, for as long as the caller keeps the
     * returned listener (a weak listener: views dropped when the language changes stop reloading).
     */
    public ChangeListener<Number> onChange(Runnable action) {
        ChangeListener<Number> listener = (o, a, b) -> action.run();
        revision.addListener(new WeakChangeListener<>(listener));
        return listener;
    }

    /** Counts up after every change, undo and redo. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    private void publishNames() {
        Locale l = locale.get() == null ? Locale.ENGLISH : locale.get();
        undoName.set(nextUndo.map(n -> n.in(l)).orElse(""));
        redoName.set(nextRedo.map(n -> n.in(l)).orElse(""));
    }

    /** The language of the undo and redo names; setting it names them again in that language. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    /** The name of the edit that undo would revert, in the session's language; empty when there is none. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    /** Closes the project after the work queued before. */
    public void close(Runnable then) {
        tasks.run(progress -> {
            project.close();
            return null;
        }, v -> then.run(), errors);
    }

    /** Work on the project that reports progress. */
    @FunctionalInterface
    public interface ProjectWork<T> {
        T call(Project project, ProgressSink progress) throws Exception;
    }
}
