package org.tema.analysis;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.tema.model.Attribute;
import org.tema.model.AttributeType;
import org.tema.model.AttributeValue;

/**
 * The different values that participants have of one attribute, for choosing among them: numbers
 * by size, dates by time, other values alphabetically; values that differ only in case count once
 * (a filter matches them alike).
 */
public final class OccurringValues {
    private OccurringValues() {
    }

    public static List<String> of(Attribute attribute, Collection<AttributeValue> values) {
        TreeSet<String> distinct = new TreeSet<>(order(attribute.type()).thenComparing(String.CASE_INSENSITIVE_ORDER));
        values.stream().filter(v -> v.attributeId() == attribute.id() && v.value() != null && !v.value().isBlank())
                .forEach(v -> distinct.add(v.value()));
        return List.copyOf(distinct);
    }

    /** Stored values are in the type's canonical form, so ISO dates sort as text; a number that does not parse sorts last. */
    private static Comparator<String> order(AttributeType type) {
        if (AttributeFacts.isNumber(type)) {
            return Comparator.comparing(OccurringValues::number, Comparator.nullsLast(Comparator.naturalOrder()));
        }
        return (a, b) -> 0;
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
