package golden.naming_properties.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code TwoFaSettings} object.
 *
 * @param enabled the {@code enabled} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record TwoFaSettings(@JsonProperty("enabled") Boolean enabled,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public TwoFaSettings {
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
     * Builds {@link TwoFaSettings}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Boolean enabled;

        private Builder() {
        }

        private Builder(TwoFaSettings source) {
            super(source.additionalProperties);
            this.enabled = source.enabled;
        }

        public Builder enabled(Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        public TwoFaSettings build() {
            return new TwoFaSettings(enabled, additionalProperties());
        }
    }
}
