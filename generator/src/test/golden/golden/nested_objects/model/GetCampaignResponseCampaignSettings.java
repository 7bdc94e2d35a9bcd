package golden.nested_objects.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code GetCampaignResponseCampaignSettings} object.
 *
 * @param mailer the {@code mailer} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record GetCampaignResponseCampaignSettings(
        @JsonProperty("mailer") GetCampaignResponseCampaignSettingsMailer mailer,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public GetCampaignResponseCampaignSettings {
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
     * Builds {@link GetCampaignResponseCampaignSettings}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private GetCampaignResponseCampaignSettingsMailer mailer;

        private Builder() {
        }

        private Builder(GetCampaignResponseCampaignSettings source) {
            super(source.additionalProperties);
            this.mailer = source.mailer;
        }

        public Builder mailer(GetCampaignResponseCampaignSettingsMailer mailer) {
            this.mailer = mailer;
            return this;
        }

        public GetCampaignResponseCampaignSettings build() {
            return new GetCampaignResponseCampaignSettings(mailer, additionalProperties());
        }
    }
}
