package golden.nested_objects.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code GetCampaignResponseCampaignStat} object.
 *
 * @param label the {@code label} property
 * @param value the {@code value} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record GetCampaignResponseCampaignStat(@JsonProperty("label") String label,
        @JsonProperty("value") Long value,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public GetCampaignResponseCampaignStat {
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
     * Builds {@link GetCampaignResponseCampaignStat}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String label;

        private Long value;

        private Builder() {
        }

        private Builder(GetCampaignResponseCampaignStat source) {
            super(source.additionalProperties);
            this.label = source.label;
            this.value = source.value;
        }

        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder value(Long value) {
            this.value = value;
            return this;
        }

        public GetCampaignResponseCampaignStat build() {
            return new GetCampaignResponseCampaignStat(label, value, additionalProperties());
        }
    }
}
