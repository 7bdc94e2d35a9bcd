package golden.wrapped_page.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import dev.fluentcrm.runtime.page.Page;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code ListCampaignEmailsResponse} object.
 *
 * @param campaign the {@code campaign} property
 * @param emails the {@code emails} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record ListCampaignEmailsResponse(
        @JsonProperty("campaign") ListCampaignEmailsResponseCampaign campaign,
        @JsonProperty("emails") Page<ListCampaignEmailsResponseEmail> emails,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public ListCampaignEmailsResponse {
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
     * Builds {@link ListCampaignEmailsResponse}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private ListCampaignEmailsResponseCampaign campaign;

        private Page<ListCampaignEmailsResponseEmail> emails;

        private Builder() {
        }

        private Builder(ListCampaignEmailsResponse source) {
            super(source.additionalProperties);
            this.campaign = source.campaign;
            this.emails = source.emails;
        }

        public Builder campaign(ListCampaignEmailsResponseCampaign campaign) {
            this.campaign = campaign;
            return this;
        }

        public Builder emails(Page<ListCampaignEmailsResponseEmail> emails) {
            this.emails = emails;
            return this;
        }

        public ListCampaignEmailsResponse build() {
            if (campaign == null) {
                throw new IllegalStateException(
                        "ListCampaignEmailsResponse.campaign is required (JSON property 'campaign')");
            }
            if (emails == null) {
                throw new IllegalStateException(
                        "ListCampaignEmailsResponse.emails is required (JSON property 'emails')");
            }
            return new ListCampaignEmailsResponse(campaign, emails, additionalProperties());
        }
    }
}
