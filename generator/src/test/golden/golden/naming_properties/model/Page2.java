package golden.naming_properties.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Named like the runtime's page type.
 *
 * @param number the {@code number} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record Page2(@JsonProperty("number") Long number,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Page2 {
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
     * Builds {@link Page2}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long number;

        private Builder() {
        }

        private Builder(Page2 source) {
            super(source.additionalProperties);
            this.number = source.number;
        }

        public Builder number(Long number) {
            this.number = number;
            return this;
        }

        public Page2 build() {
            return new Page2(number, additionalProperties());
        }
    }
}
