package org.tema.ui.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.tema.report.AttributionPart;
import org.tema.report.QuoteSelection;
import org.tema.report.ReportKind;
import org.tema.report.ReportSettings;

/**
 * How the user last set up a report, kept in the settings file: the kind of Word report, the parts of
 * the attribution line in order, which quotes, whether the participants' facts come first, the
 * report's language ({@code nb} or {@code en}) and its title.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportPreferences(ReportKind kind, List<AttributionPart> attribution, QuoteSelection quotes,
                                boolean participantFacts, String language, String title) {
    public static final ReportPreferences DEFAULTS = new ReportPreferences(ReportKind.FINDINGS,
            ReportSettings.THESIS_ATTRIBUTION, QuoteSelection.MARKED, false, "", "");

    /** Fills what an older or hand-edited settings file left out with the defaults. */
    public ReportPreferences {
        kind = kind == null ? ReportKind.FINDINGS : kind;
        attribution = attribution == null || attribution.isEmpty() ? ReportSettings.THESIS_ATTRIBUTION
                : attribution.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (attribution.isEmpty()) {
            attribution = ReportSettings.THESIS_ATTRIBUTION;
        }
        quotes = quotes == null ? QuoteSelection.MARKED : quotes;
        language = language == null ? "" : language;
        title = title == null ? "" : title;
    }
}
