package org.tema.ui.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The settings file's content: plain data for Jackson, kept apart from the observable {@link Settings}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettingsJson(String language, boolean dark, List<String> recentProjects, ReportPreferences report) {
    public static final SettingsJson DEFAULTS = new SettingsJson("", false, List.of(), ReportPreferences.DEFAULTS);
}
