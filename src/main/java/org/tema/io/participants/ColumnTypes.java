package org.tema.io.participants;

import java.util.List;
import org.tema.model.AttributeType;

/** Chooses an attribute type from a column's values: the narrowest type that accepts every non-empty value. */
public final class ColumnTypes {
    private static final List<AttributeType> NARROWEST_FIRST = List.of(AttributeType.INTEGER, AttributeType.DECIMAL,
            AttributeType.BOOLEAN, AttributeType.DATE);

    private ColumnTypes() {
    }

    public static AttributeType detect(List<String> values) {
        List<String> present = values.stream().filter(v -> v != null && !v.isBlank()).toList();
        if (present.isEmpty()) {
            return AttributeType.TEXT;
        }
        for (AttributeType t : NARROWEST_FIRST) {
            if (present.stream().allMatch(t::accepts)) {
                return t;
            }
        }
        return AttributeType.TEXT;
    }
}
