package golden.nested_objects.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.LinkedHashMap;
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
    public static final class Builder {
        private String label;

        private Long value;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(GetCampaignResponseCampaignStat source) {
            this.label = source.label;
            this.value = source.value;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder value(Long value) {
            this.value = value;
            return this;
        }

        /**
         * Sets a property the spec does not list; it is sent as given.
         */
        public Builder additionalProperty(String name, Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        public GetCampaignResponseCampaignStat build() {
            return new GetCampaignResponseCampaignStat(label, value, additionalProperties);
        }
    }
}
