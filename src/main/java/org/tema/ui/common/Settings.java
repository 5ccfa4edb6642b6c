package org.tema.ui.common;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The user's settings as the views observe them: language, light or dark, recent projects, how reports are set up. */
public final class Settings {
    public static final int MAX_RECENT = 8;
    /** Empty: follow the system's language. */
    private final StringProperty language = new SimpleStringProperty("");
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final ObservableList<String> recentProjects = FXCollections.observableArrayList();
    private final ObjectProperty<ReportPreferences> report = new SimpleObjectProperty<>(ReportPreferences.DEFAULTS);

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
        return new SettingsJson(language.get(), dark.get(), List.copyOf(recentProjects), report.get());
    }

    public static Settings fromJson(SettingsJson json) {
        Settings s = new Settings();
        s.language.set(json.language() == null ? "" : json.language());
        s.dark.set(json.dark());
        if (json.recentProjects() != null) {
            s.recentProjects.setAll(json.recentProjects().stream().limit(MAX_RECENT).toList());
        }
        s.report.set(json.report() == null ? ReportPreferences.DEFAULTS : json.report());
        return s;
    }
}
