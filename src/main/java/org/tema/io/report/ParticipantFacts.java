package org.tema.io.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tema.model.Attribute;
import org.tema.model.AttributeType;
import org.tema.model.Participant;

/**
 * The descriptive facts about the participants (not the interviewers), as reported beside the findings:
 * for a number attribute its range and mean, for a date its range, for any other the values with how many have each.
 */
final class ParticipantFacts {
    private ParticipantFacts() {
    }

    static List<Participant> interviewees(ReportData data) {
        return data.participants().stream().filter(p -> !p.interviewer()).toList();
    }

    static String intro(ReportData data, Labels labels) {
        List<Participant> people = interviewees(data);
        long groups = people.stream().map(Participant::group).filter(g -> !g.isBlank()).distinct().count();
        return labels.format("facts.intro", people.size(), groups);
    }

    /** One sentence per attribute that some participant has a value of. */
    static List<String> lines(ReportData data, Labels labels) {
        List<String> out = new ArrayList<>();
        for (Attribute a : data.attributes()) {
            List<String> values = interviewees(data).stream().map(p -> data.value(p.id(), a.id()))
                    .filter(v -> !v.isEmpty()).toList();
            if (values.isEmpty()) {
                continue;
            }
            if (a.type() == AttributeType.INTEGER || a.type() == AttributeType.DECIMAL) {
                List<BigDecimal> numbers = values.stream().map(BigDecimal::new).toList();
                BigDecimal sum = numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal mean = sum.divide(BigDecimal.valueOf(numbers.size()), 1, RoundingMode.HALF_UP);
                out.add(labels.format("facts.numeric", a.name(), plain(numbers.stream().min(BigDecimal::compareTo).orElseThrow()),
                        plain(numbers.stream().max(BigDecimal::compareTo).orElseThrow()), number(mean, labels)));
            } else if (a.type() == AttributeType.DATE) {
                List<String> sorted = values.stream().sorted().toList();
                out.add(labels.format("facts.dates", a.name(), sorted.get(0), sorted.get(sorted.size() - 1)));
            } else {
                Map<String, Long> counts = values.stream()
                        .collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()));
                String list = counts.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                        .collect(Collectors.joining(", "));
                out.add(labels.format("facts.values", a.name(), list));
            }
        }
        return out;
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private static String number(BigDecimal d, Labels labels) {
        String s = d.toPlainString();
        return labels.locale().getLanguage().equals("nb") ? s.replace('.', ',') : s;
    }
}
