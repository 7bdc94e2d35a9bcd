package golden.outputs_testing.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.http.FilePart;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code FormSubmission} object.
 *
 * @param email the {@code email} property
 * @param attachment the {@code attachment} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record FormSubmission(@JsonProperty("email") String email,
        @JsonProperty("attachment") FilePart attachment,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public FormSubmission {
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
     * Builds {@link FormSubmission}; unset properties stay null and are not sent.
     */
    public static final class Builder {
        private String email;

        private FilePart attachment;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(FormSubmission source) {
            this.email = source.email;
            this.attachment = source.attachment;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder attachment(FilePart attachment) {
            this.attachment = attachment;
            return this;
        }

        /**
         * Sets a property the spec does not list; it is sent as given.
         */
        public Builder additionalProperty(String name, Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        public FormSubmission build() {
            if (email == null) {
                throw new IllegalStateException(
                        "FormSubmission.email is required (JSON property 'email')");
            }
            return new FormSubmission(email, attachment, additionalProperties);
        }
    }
}
