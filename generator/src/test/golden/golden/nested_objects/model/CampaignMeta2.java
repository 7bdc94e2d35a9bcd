package golden.nested_objects.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code CampaignMeta2} object.
 *
 * @param opens the {@code opens} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record CampaignMeta2(@JsonProperty("opens") Long opens,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CampaignMeta2 {
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
     * Builds {@link CampaignMeta2}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long opens;

        private Builder() {
        }

        private Builder(CampaignMeta2 source) {
            super(source.additionalProperties);
            this.opens = source.opens;
        }

        public Builder opens(Long opens) {
            this.opens = opens;
            return this;
        }

        public CampaignMeta2 build() {
            return new CampaignMeta2(opens, additionalProperties());
        }
    }
}
