package dev.fluentcrm.codegen.model;

import java.math.BigDecimal;

/**
 * What the spec says a valid value looks like beyond its type: a string format, bounds on
 * numbers, lengths and item counts. The client ignores these; the server validates with them and
 * the fixtures pick sample values that satisfy them. A {@code null} member means "no limit".
 */
public record Constraints(
        String format,
        BigDecimal minimum,
        BigDecimal maximum,
        Integer minLength,
        Integer maxLength,
        Integer minItems,
        Integer maxItems) {
    public static final Constraints NONE = new Constraints(null, null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
