package org.tema.io.report;

import org.tema.report.ReportData;
import org.tema.report.Labels;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.tema.analysis.AttributeFacts;
import org.tema.model.AttributeType;
import org.tema.model.Participant;

/**
 * The participants' facts in words, as the findings report opens with them. The figures are the
 * analysis facts ({@link AttributeFacts}) as they are: a number attribute by its range and mean, a date
 * by its first and last value, any other by its values with how many have each, most frequent first.
 */
final class FactLines {
    private FactLines() {
    }

    /** How many participants (not interviewers) and groups the analysis draws on. */
    static String intro(ReportData data, Labels labels) {
        List<Participant> people = data.interviewees();
        long groups = people.stream().map(Participant::group).filter(g -> !g.isBlank()).distinct().count();
        return labels.format("facts.intro", people.size(), groups);
    }

    /** One sentence per attribute that some participant has a value of. */
    static List<String> lines(List<AttributeFacts> facts, Labels labels) {
        List<String> out = new ArrayList<>();
        for (AttributeFacts f : facts) {
            if (f.count() == 0) {
                continue;
            }
            String name = f.attribute().name();
            if (f.numeric()) {
                out.add(labels.format("facts.numeric", name, plain(f.min(), labels), plain(f.max(), labels),
                        plain(f.mean(), labels)));
            } else if (f.attribute().type() == AttributeType.DATE) {
                List<String> dates = f.valueCounts().keySet().stream().sorted().toList();
                out.add(labels.format("facts.dates", name, dates.get(0), dates.get(dates.size() - 1)));
            } else {
                out.add(labels.format("facts.values", name, f.valueCounts().entrySet().stream()
                        .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "))));
            }
        }
        return out;
    }

    /** A number without trailing zeros, with a decimal comma in Norwegian. */
    static String plain(BigDecimal d, Labels labels) {
        String s = d.stripTrailingZeros().toPlainString();
        return labels.locale().getLanguage().equals("nb") ? s.replace('.', ',') : s;
    }
}
