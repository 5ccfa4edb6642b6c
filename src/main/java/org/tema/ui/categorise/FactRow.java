package org.tema.ui.categorise;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.stream.Collectors;
import org.tema.analysis.AttributeFacts;

/**
 * One attribute of the participants as the facts table shows it: how many have a value, and for
 * numbers the mean (one decimal), least and greatest value; for other attributes how many have each value.
 */
public record FactRow(String attribute, int count, int missing, String mean, String min, String max, String values) {

    public static FactRow of(AttributeFacts facts) {
        String values = facts.numeric() ? "" : describe(facts.valueCounts());
        return new FactRow(facts.attribute().name(), facts.count(), facts.missing(),
                facts.mean() == null ? "" : facts.mean().setScale(1, RoundingMode.HALF_UP).toPlainString(),
                plain(facts.min()), plain(facts.max()), values);
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private static String describe(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · "));
    }
}
