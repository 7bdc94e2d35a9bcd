package golden.nested_objects.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * A component whose name an inline object of Campaign would also take.
 *
 * @param key the {@code key} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record CampaignMeta(@JsonProperty("key") String key,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CampaignMeta {
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
     * Builds {@link CampaignMeta}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String key;

        private Builder() {
        }

        private Builder(CampaignMeta source) {
            super(source.additionalProperties);
            this.key = source.key;
        }

        public Builder key(String key) {
            this.key = key;
            return this;
        }

        public CampaignMeta build() {
            return new CampaignMeta(key, additionalProperties());
        }
    }
}
