package goldenserver.access.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.http.FilePart;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
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
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String email;

        private FilePart attachment;

        private Builder() {
        }

        private Builder(FormSubmission source) {
            super(source.additionalProperties);
            this.email = source.email;
            this.attachment = source.attachment;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder attachment(FilePart attachment) {
            this.attachment = attachment;
            return this;
        }

        public FormSubmission build() {
            if (email == null) {
                throw new IllegalStateException(
                        "FormSubmission.email is required (JSON property 'email')");
            }
            return new FormSubmission(email, attachment, additionalProperties());
        }
    }
}
