package golden.naming_properties.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code Object2} object.
 *
 * @param kind the {@code kind} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record Object2(@JsonProperty("kind") String kind,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Object2 {
        additionalProperties = Immutable.extras(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this record's values.
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link Object2}; unset properties stay null and are not sent.
     */
    public static final class Builder {
        private String kind;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Object2 source) {
            this.kind = source.kind;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets a property the spec does not list; it is sent as given.
         */
        public Builder additionalProperty(String name, Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        public Object2 build() {
            return new Object2(kind, additionalProperties);
        }
    }
}
