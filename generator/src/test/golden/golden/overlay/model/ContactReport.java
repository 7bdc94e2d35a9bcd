package golden.overlay.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code ContactReport} object.
 *
 * @param contact the {@code contact} property
 * @param score the {@code score} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record ContactReport(@JsonProperty("contact") Contact contact,
        @JsonProperty("score") Long score,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public ContactReport {
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
     * Builds {@link ContactReport}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Contact contact;

        private Long score;

        private Builder() {
        }

        private Builder(ContactReport source) {
            super(source.additionalProperties);
            this.contact = source.contact;
            this.score = source.score;
        }

        public Builder contact(Contact contact) {
            this.contact = contact;
            return this;
        }

        public Builder score(Long score) {
            this.score = score;
            return this;
        }

        public ContactReport build() {
            return new ContactReport(contact, score, additionalProperties());
        }
    }
}
