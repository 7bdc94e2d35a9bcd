package golden.nullability.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code TouchProfileRequest} object.
 *
 * @param note the {@code note} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record TouchProfileRequest(@JsonProperty("note") String note,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public TouchProfileRequest {
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
     * Builds {@link TouchProfileRequest}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String note;

        private Builder() {
        }

        private Builder(TouchProfileRequest source) {
            super(source.additionalProperties);
            this.note = source.note;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public TouchProfileRequest build() {
            return new TouchProfileRequest(note, additionalProperties());
        }
    }
}
