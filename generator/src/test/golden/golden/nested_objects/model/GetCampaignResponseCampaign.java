package golden.nested_objects.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code GetCampaignResponseCampaign} object.
 *
 * @param id the {@code id} property
 * @param settings the {@code settings} property
 * @param stats the {@code stats} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record GetCampaignResponseCampaign(@JsonProperty("id") Long id,
        @JsonProperty("settings") GetCampaignResponseCampaignSettings settings,
        @JsonProperty("stats") List<GetCampaignResponseCampaignStat> stats,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public GetCampaignResponseCampaign {
        stats = Immutable.list(stats);
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
     * Builds {@link GetCampaignResponseCampaign}; unset properties stay null and are not sent.
     */
    public static final class Builder {
        private Long id;

        private GetCampaignResponseCampaignSettings settings;

        private List<GetCampaignResponseCampaignStat> stats;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(GetCampaignResponseCampaign source) {
            this.id = source.id;
            this.settings = source.settings;
            this.stats = source.stats;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        public Builder settings(GetCampaignResponseCampaignSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder stats(List<GetCampaignResponseCampaignStat> stats) {
            this.stats = stats;
            return this;
        }

        /**
         * Sets a property the spec does not list; it is sent as given.
         */
        public Builder additionalProperty(String name, Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        public GetCampaignResponseCampaign build() {
            return new GetCampaignResponseCampaign(id, settings, stats, additionalProperties);
        }
    }
}
