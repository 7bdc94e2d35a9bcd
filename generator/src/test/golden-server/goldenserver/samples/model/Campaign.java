package goldenserver.samples.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code Campaign} object.
 *
 * @param id the {@code id} property
 * @param title the {@code title} property
 * @param status the {@code status} property
 * @param settings the {@code settings} property
 * @param stats the {@code stats} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record Campaign(@JsonProperty("id") Long id, @JsonProperty("title") String title,
        @JsonProperty("status") CampaignStatus status,
        @JsonProperty("settings") CampaignSettings settings,
        @JsonProperty("stats") Map<String, Long> stats,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Campaign {
        stats = Immutable.map(stats);
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
     * Builds {@link Campaign}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long id;

        private String title;

        private CampaignStatus status;

        private CampaignSettings settings;

        private Map<String, Long> stats;

        private Builder() {
        }

        private Builder(Campaign source) {
            super(source.additionalProperties);
            this.id = source.id;
            this.title = source.title;
            this.status = source.status;
            this.settings = source.settings;
            this.stats = source.stats;
        }

        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder status(CampaignStatus status) {
            this.status = status;
            return this;
        }

        public Builder settings(CampaignSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder stats(Map<String, Long> stats) {
            this.stats = stats;
            return this;
        }

        public Campaign build() {
            return new Campaign(id, title, status, settings, stats, additionalProperties());
        }
    }
}
