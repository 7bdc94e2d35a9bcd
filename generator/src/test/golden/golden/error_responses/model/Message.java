package golden.error_responses.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code Message} object.
 *
 * @param message the {@code message} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record Message(@JsonProperty("message") String message,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Message {
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
     * Builds {@link Message}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String message;

        private Builder() {
        }

        private Builder(Message source) {
            super(source.additionalProperties);
            this.message = source.message;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Message build() {
            if (message == null) {
                throw new IllegalStateException(
                        "Message.message is required (JSON property 'message')");
            }
            return new Message(message, additionalProperties());
        }
    }
}
