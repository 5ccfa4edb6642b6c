package org.tema.analysis;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tema.model.Attribute;
import org.tema.model.AttributeType;

/**
 * Descriptive figures of one participant attribute («faktiske forhold»): how many participants
 * have a value and how many do not; for numbers the mean (rounded to two decimals), minimum and
 * maximum; for other types the number of participants with each value, most frequent first.
 * Figures that do not apply are null (numbers) or empty (value counts).
 */
public record AttributeFacts(Attribute attribute, int count, int missing, BigDecimal mean, BigDecimal min,
                             BigDecimal max, Map<String, Integer> valueCounts) {
    public AttributeFacts {
        valueCounts = Collections.unmodifiableMap(new LinkedHashMap<>(valueCounts));
    }

    public boolean numeric() {
        return isNumber(attribute.type());
    }

    static boolean isNumber(AttributeType type) {
        return type == AttributeType.INTEGER || type == AttributeType.DECIMAL;
    }
}
