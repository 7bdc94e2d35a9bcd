package golden.nested_objects.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
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
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long id;

        private GetCampaignResponseCampaignSettings settings;

        private List<GetCampaignResponseCampaignStat> stats;

        private Builder() {
        }

        private Builder(GetCampaignResponseCampaign source) {
            super(source.additionalProperties);
            this.id = source.id;
            this.settings = source.settings;
            this.stats = source.stats;
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

        public GetCampaignResponseCampaign build() {
            return new GetCampaignResponseCampaign(id, settings, stats, additionalProperties());
        }
    }
}
