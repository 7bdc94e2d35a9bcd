package golden.nested_objects.model;

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
 * @param meta the {@code meta} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record Campaign(@JsonProperty("id") Long id, @JsonProperty("meta") CampaignMeta2 meta,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Campaign {
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

        private CampaignMeta2 meta;

        private Builder() {
        }

        private Builder(Campaign source) {
            super(source.additionalProperties);
            this.id = source.id;
            this.meta = source.meta;
        }

        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        public Builder meta(CampaignMeta2 meta) {
            this.meta = meta;
            return this;
        }

        public Campaign build() {
            return new Campaign(id, meta, additionalProperties());
        }
    }
}
