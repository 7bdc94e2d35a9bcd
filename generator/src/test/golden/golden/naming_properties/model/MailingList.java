package golden.naming_properties.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code MailingList} object.
 *
 * @param title the {@code title} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record MailingList(@JsonProperty("title") String title,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public MailingList {
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
     * Builds {@link MailingList}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String title;

        private Builder() {
        }

        private Builder(MailingList source) {
            super(source.additionalProperties);
            this.title = source.title;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public MailingList build() {
            return new MailingList(title, additionalProperties());
        }
    }
}
