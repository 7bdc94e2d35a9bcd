package golden.outputs_testing.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code CreateSequenceRequest} object.
 *
 * @param title the {@code title} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record CreateSequenceRequest(@JsonProperty("title") String title,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CreateSequenceRequest {
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
     * Builds {@link CreateSequenceRequest}; unset properties stay null and are not sent.
     */
    public static final class Builder {
        private String title;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(CreateSequenceRequest source) {
            this.title = source.title;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets a property the spec does not list; it is sent as given.
         */
        public Builder additionalProperty(String name, Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        public CreateSequenceRequest build() {
            if (title == null) {
                throw new IllegalStateException(
                        "CreateSequenceRequest.title is required (JSON property 'title')");
            }
            return new CreateSequenceRequest(title, additionalProperties);
        }
    }
}
