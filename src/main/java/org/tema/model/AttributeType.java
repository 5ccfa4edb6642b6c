package org.tema.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The kinds of value a participant attribute can hold. Values are stored in a canonical text form. */
public enum AttributeType {
    TEXT, INTEGER, DECIMAL, BOOLEAN, DATE;

    /** Returns the canonical form of {@code raw} for this type, or throws if it is not such a value. */
    public String canonical(String raw) {
        String v = raw.strip();
        try {
            return switch (this) {
                case TEXT -> raw;
                case INTEGER -> Long.toString(Long.parseLong(v));
                case DECIMAL -> new BigDecimal(v.replace(',', '.')).stripTrailingZeros().toPlainString();
                case BOOLEAN -> Boolean.toString(parseBoolean(v));
                case DATE -> LocalDate.parse(v).toString();
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("«" + raw + "» is not a valid " + name().toLowerCase(Locale.ROOT) + " value");
        }
    }

    public boolean accepts(String raw) {
        try {
            canonical(raw);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean parseBoolean(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "ja", "1", "sann" -> true;
            case "false", "no", "nei", "0", "usann" -> false;
            default -> throw new NumberFormatException(v);
        };
    }
}
