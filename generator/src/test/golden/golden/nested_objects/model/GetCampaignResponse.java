package golden.nested_objects.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code GetCampaignResponse} object.
 *
 * @param campaign the {@code campaign} property
 * @param summary the {@code summary} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record GetCampaignResponse(@JsonProperty("campaign") GetCampaignResponseCampaign campaign,
        @JsonProperty("summary") Campaign summary,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public GetCampaignResponse {
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
     * Builds {@link GetCampaignResponse}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private GetCampaignResponseCampaign campaign;

        private Campaign summary;

        private Builder() {
        }

        private Builder(GetCampaignResponse source) {
            super(source.additionalProperties);
            this.campaign = source.campaign;
            this.summary = source.summary;
        }

        public Builder campaign(GetCampaignResponseCampaign campaign) {
            this.campaign = campaign;
            return this;
        }

        public Builder summary(Campaign summary) {
            this.summary = summary;
            return this;
        }

        public GetCampaignResponse build() {
            return new GetCampaignResponse(campaign, summary, additionalProperties());
        }
    }
}
