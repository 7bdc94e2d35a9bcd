package dev.fluentcrm.runtime.json;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Base of generated enumerations. Unlike a Java {@code enum}, an instance can carry a value the
 * spec did not list, so a FluentCRM release that adds a status does not break older clients:
 * the value decodes, {@link #isKnown()} says it is new, and it is sent back unchanged.
 */
public abstract class OpenEnum {
    private final String value;
    private final boolean known;

    protected OpenEnum(String value, boolean known) {
        this.value = Objects.requireNonNull(value, "value");
        this.known = known;
    }

    /** The value as the server sends it. */
    @JsonValue
    public final String value() {
        return value;
    }

    /** Whether the value is one the spec lists. */
    public final boolean isKnown() {
        return known;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((OpenEnum) other).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    @Override
    public final String toString() {
        return value;
    }

    /** The known constants of a generated enumeration by value, in declaration order. */
    @SafeVarargs
    protected static <E extends OpenEnum> Map<String, E> index(E... constants) {
        Map<String, E> byValue = new LinkedHashMap<>();
        for (E constant : constants) {
            byValue.put(constant.value(), constant);
        }
        return Collections.unmodifiableMap(byValue);
    }
}
