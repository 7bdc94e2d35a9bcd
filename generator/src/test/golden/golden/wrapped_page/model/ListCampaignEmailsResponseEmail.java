package golden.wrapped_page.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code ListCampaignEmailsResponseEmail} object.
 *
 * @param email the {@code email} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record ListCampaignEmailsResponseEmail(@JsonProperty("email") String email,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public ListCampaignEmailsResponseEmail {
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
     * Builds {@link ListCampaignEmailsResponseEmail}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String email;

        private Builder() {
        }

        private Builder(ListCampaignEmailsResponseEmail source) {
            super(source.additionalProperties);
            this.email = source.email;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public ListCampaignEmailsResponseEmail build() {
            return new ListCampaignEmailsResponseEmail(email, additionalProperties());
        }
    }
}
