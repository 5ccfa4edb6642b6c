package org.tema.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tema.model.Attribute;
import org.tema.model.AttributeValue;
import org.tema.model.Participant;

/** The descriptive facts of the participants: one {@link AttributeFacts} per attribute. */
public final class ParticipantFacts {
    private ParticipantFacts() {
    }

    /** Facts of every attribute over the participants; interviewers count only when {@code includeInterviewers}. */
    public static List<AttributeFacts> of(List<Attribute> attributes, List<Participant> participants,
                                          List<AttributeValue> values, boolean includeInterviewers) {
        List<Participant> counted = participants.stream().filter(p -> includeInterviewers || !p.interviewer()).toList();
        ParticipantValues lookup = ParticipantValues.of(values);
        List<AttributeFacts> out = new ArrayList<>();
        for (Attribute a : attributes) {
            List<String> present = counted.stream().map(p -> lookup.value(p.id(), a.id()))
                    .flatMap(java.util.Optional::stream).toList();
            int missing = counted.size() - present.size();
            out.add(AttributeFacts.isNumber(a.type()) ? numeric(a, present, missing) : categorical(a, present, missing));
        }
        return out;
    }

    private static AttributeFacts numeric(Attribute a, List<String> values, int missing) {
        List<BigDecimal> numbers = values.stream().map(BigDecimal::new).toList();
        if (numbers.isEmpty()) {
            return new AttributeFacts(a, 0, missing, null, null, null, Map.of());
        }
        BigDecimal sum = numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(numbers.size()), 2, RoundingMode.HALF_UP);
        return new AttributeFacts(a, numbers.size(), missing, mean, numbers.stream().min(Comparator.naturalOrder()).get(),
                numbers.stream().max(Comparator.naturalOrder()).get(), Map.of());
    }

    private static AttributeFacts categorical(Attribute a, List<String> values, int missing) {
        Map<String, Integer> counts = new HashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        Map<String, Integer> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return new AttributeFacts(a, values.size(), missing, null, null, null, ordered);
    }
}
