package golden.naming_properties.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code OddityLinks} object.
 *
 * @param self the {@code self} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record OddityLinks(@JsonProperty("self") String self,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public OddityLinks {
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
     * Builds {@link OddityLinks}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String self;

        private Builder() {
        }

        private Builder(OddityLinks source) {
            super(source.additionalProperties);
            this.self = source.self;
        }

        public Builder self(String self) {
            this.self = self;
            return this;
        }

        public OddityLinks build() {
            return new OddityLinks(self, additionalProperties());
        }
    }
}
