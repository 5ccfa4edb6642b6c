package org.tema.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * How a report is written: label language, title and date, the parts of the attribution line under
 * each quote (in order), which passages are quoted, and whether the findings report opens with the
 * participants' descriptive facts.
 */
public record ReportSettings(Locale locale, String title, LocalDate date, List<AttributionPart> attribution,
                             QuoteSelection quotes, boolean participantFacts) {
    public static final List<AttributionPart> THESIS_ATTRIBUTION = List.of(AttributionPart.PSEUDONYM, AttributionPart.GROUP);

    public ReportSettings {
        attribution = List.copyOf(attribution);
        if (attribution.isEmpty()) {
            throw new IllegalArgumentException("An attribution line needs at least one part");
        }
        if (attribution.stream().distinct().count() != attribution.size()) {
            throw new IllegalArgumentException("An attribution line names each part once");
        }
    }

    /** The thesis style: «Pseudonym», «Group»; marked quotes; no facts section; no title (the report's own). */
    public static ReportSettings defaults(Locale locale) {
        return new ReportSettings(locale, "", LocalDate.now(), THESIS_ATTRIBUTION, QuoteSelection.MARKED, false);
    }

    public ReportSettings withTitle(String newTitle) {
        return new ReportSettings(locale, newTitle, date, attribution, quotes, participantFacts);
    }

    public ReportSettings withDate(LocalDate newDate) {
        return new ReportSettings(locale, title, newDate, attribution, quotes, participantFacts);
    }

    public ReportSettings withAttribution(List<AttributionPart> parts) {
        return new ReportSettings(locale, title, date, parts, quotes, participantFacts);
    }

    public ReportSettings withQuotes(QuoteSelection selection) {
        return new ReportSettings(locale, title, date, attribution, selection, participantFacts);
    }

    public ReportSettings withParticipantFacts(boolean include) {
        return new ReportSettings(locale, title, date, attribution, quotes, include);
    }
}
