package dev.fluentcrm.runtime.json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every generated record's builder has in common: the properties the spec does not list,
 * which a record carries in {@code additionalProperties} and sends as given. Kept here once
 * instead of a field and a method in each of the SDK's hundreds of builders, which javac would
 * otherwise compile hundreds of times.
 *
 * @param <B> the builder itself, so that {@link #additionalProperty} chains with its own setters
 */
public abstract class ExtrasBuilder<B extends ExtrasBuilder<B>> {
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    /** A builder with no unlisted properties. */
    protected ExtrasBuilder() {}

    /** A builder that starts from a record's unlisted properties. */
    protected ExtrasBuilder(Map<String, Object> additionalProperties) {
        this.additionalProperties.putAll(additionalProperties);
    }

    /** Sets a property the spec does not list; it is sent as given. */
    @SuppressWarnings("unchecked") // B is the class extending this one, as its declaration says
    public final B additionalProperty(String name, Object value) {
        additionalProperties.put(name, value);
        return (B) this;
    }

    /** The unlisted properties set so far, for {@code build()}; the record takes its own copy. */
    protected final Map<String, Object> additionalProperties() {
        return additionalProperties;
    }
}
