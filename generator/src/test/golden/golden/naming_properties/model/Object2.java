package golden.naming_properties.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
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
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String kind;

        private Builder() {
        }

        private Builder(Object2 source) {
            super(source.additionalProperties);
            this.kind = source.kind;
        }

        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        public Object2 build() {
            return new Object2(kind, additionalProperties());
        }
    }
}
