package golden.nullability.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.LinkedHashMap;
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
    public static final class Builder {
        private String note;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(TouchProfileRequest source) {
            this.note = source.note;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /**
         * Sets a property the spec does not list; it is sent as given.
         */
        public Builder additionalProperty(String name, Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        public TouchProfileRequest build() {
            return new TouchProfileRequest(note, additionalProperties);
        }
    }
}
