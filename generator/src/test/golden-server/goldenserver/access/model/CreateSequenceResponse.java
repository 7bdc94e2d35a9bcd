package goldenserver.access.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code CreateSequenceResponse} object.
 *
 * @param message the {@code message} property
 * @param id the {@code id} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record CreateSequenceResponse(@JsonProperty("message") String message,
        @JsonProperty("id") Long id,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CreateSequenceResponse {
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
     * Builds {@link CreateSequenceResponse}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String message;

        private Long id;

        private Builder() {
        }

        private Builder(CreateSequenceResponse source) {
            super(source.additionalProperties);
            this.message = source.message;
            this.id = source.id;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        public CreateSequenceResponse build() {
            return new CreateSequenceResponse(message, id, additionalProperties());
        }
    }
}
