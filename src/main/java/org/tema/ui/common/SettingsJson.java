package org.tema.ui.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * The settings file's content: plain data for Jackson, kept apart from the observable {@link Settings}.
 * {@code window} is null until the window has been closed once; {@code dividers} holds each split
 * pane's divider positions by the pane's name; {@code projects} what is remembered per project, by
 * {@link Settings#projectKey(java.nio.file.Path)}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettingsJson(String language, boolean dark, List<String> recentProjects, ReportPreferences report,
                           WindowState window, Map<String, List<Double>> dividers, Map<String, ProjectMemory> projects) {
    public static final SettingsJson DEFAULTS = new SettingsJson("", false, List.of(), ReportPreferences.DEFAULTS,
            null, Map.of(), Map.of());
}
