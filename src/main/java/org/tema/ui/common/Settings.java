package org.tema.ui.common;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The user's settings as the views observe them: language, light or dark, recent projects, how
 * reports are set up, the window's place and size, the split panes' dividers, and per project the
 * pinned code keys and the phase shown last.
 */
public final class Settings {
    public static final int MAX_RECENT = 8;
    /** How many projects' pinned keys and phases are remembered; the least recently used are forgotten. */
    public static final int MAX_PROJECTS = 50;
    /** Empty: follow the system's language. */
    private final StringProperty language = new SimpleStringProperty("");
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final ObservableList<String> recentProjects = FXCollections.observableArrayList();
    private final ObjectProperty<ReportPreferences> report = new SimpleObjectProperty<>(ReportPreferences.DEFAULTS);
    private final ObjectProperty<WindowState> window = new SimpleObjectProperty<>();
    private final ObservableMap<String, List<Double>> dividers = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableMap<String, ProjectMemory> projects = FXCollections.observableMap(new LinkedHashMap<>());

    public StringProperty languageProperty() {
        return language;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public ObservableList<String> recentProjects() {
        return recentProjects;
    }

    /** How the user last set up a report. */
    public ObjectProperty<ReportPreferences> reportProperty() {
        return report;
    }

    /** The window's place and size when it was last moved or resized; null when never saved. */
    public ObjectProperty<WindowState> windowProperty() {
        return window;
    }

    /** Each named split pane's divider positions (fractions of its width or height). */
    public ObservableMap<String, List<Double>> dividers() {
        return dividers;
    }

    /** What is remembered per project, by {@link #projectKey(Path)}, least recently used first. */
    public ObservableMap<String, ProjectMemory> projects() {
        return projects;
    }

    /** The name a project is remembered by: its absolute path (a project file has no identity of its own). */
    public static String projectKey(Path projectFile) {
        return projectFile.toAbsolutePath().normalize().toString();
    }

    public ProjectMemory project(String key) {
        return projects.getOrDefault(key, ProjectMemory.EMPTY);
    }

    /** Changes what is remembered of a project, making it the most recently used. */
    public void updateProject(String key, UnaryOperator<ProjectMemory> change) {
        ProjectMemory updated = change.apply(project(key));
        projects.remove(key);
        projects.put(key, updated);
        while (projects.size() > MAX_PROJECTS) {
            projects.remove(projects.keySet().iterator().next());
        }
    }

    /** Runs {@code action} after any change of any setting. */
    public void onChange(Runnable action) {
        javafx.beans.value.ChangeListener<Object> changed = (o, a, b) -> action.run();
        javafx.beans.InvalidationListener any = o -> action.run();
        language.addListener(changed);
        dark.addListener(changed);
        report.addListener(changed);
        window.addListener(changed);
        recentProjects.addListener(any);
        dividers.addListener(any);
        projects.addListener(any);
    }

    /** The language to show: the chosen one, or the system's. */
    public Locale effectiveLocale() {
        return language.get() == null || language.get().isBlank() ? Locale.getDefault() : Locale.forLanguageTag(language.get());
    }

    /** Puts a project first in the recent list, keeping the list short. */
    public void remember(String projectPath) {
        recentProjects.remove(projectPath);
        recentProjects.add(0, projectPath);
        if (recentProjects.size() > MAX_RECENT) {
            recentProjects.remove(MAX_RECENT, recentProjects.size());
        }
    }

    public SettingsJson toJson() {
        return new SettingsJson(language.get(), dark.get(), List.copyOf(recentProjects), report.get(), window.get(),
                new LinkedHashMap<>(dividers), new LinkedHashMap<>(projects));
    }

    public static Settings fromJson(SettingsJson json) {
        Settings s = new Settings();
        s.language.set(json.language() == null ? "" : json.language());
        s.dark.set(json.dark());
        if (json.recentProjects() != null) {
            s.recentProjects.setAll(json.recentProjects().stream().limit(MAX_RECENT).toList());
        }
        s.report.set(json.report() == null ? ReportPreferences.DEFAULTS : json.report());
        s.window.set(usable(json.window()) ? json.window() : null);
        if (json.dividers() != null) {
            json.dividers().forEach((name, positions) -> {
                if (positions != null && positions.stream().allMatch(p -> p != null && p >= 0 && p <= 1)) {
                    s.dividers.put(name, List.copyOf(positions));
                }
            });
        }
        if (json.projects() != null) {
            json.projects().forEach((key, memory) -> {
                if (key != null && memory != null) {
                    s.updateProject(key, m -> memory);
                }
            });
        }
        return s;
    }

    /** A hand-edited or damaged window entry (no size, not a number) is ignored. */
    private static boolean usable(WindowState w) {
        return w != null && Double.isFinite(w.x()) && Double.isFinite(w.y()) && w.width() > 0 && w.height() > 0
                && Double.isFinite(w.width()) && Double.isFinite(w.height());
    }
}
