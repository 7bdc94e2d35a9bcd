package golden.nested_objects.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code GetCampaignResponseCampaignSettingsMailer} object.
 *
 * @param name the {@code name} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record GetCampaignResponseCampaignSettingsMailer(@JsonProperty("name") String name,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public GetCampaignResponseCampaignSettingsMailer {
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
     * Builds {@link GetCampaignResponseCampaignSettingsMailer}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String name;

        private Builder() {
        }

        private Builder(GetCampaignResponseCampaignSettingsMailer source) {
            super(source.additionalProperties);
            this.name = source.name;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public GetCampaignResponseCampaignSettingsMailer build() {
            return new GetCampaignResponseCampaignSettingsMailer(name, additionalProperties());
        }
    }
}
