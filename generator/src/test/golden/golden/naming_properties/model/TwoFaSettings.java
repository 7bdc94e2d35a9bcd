package golden.naming_properties.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.LinkedHashMap;
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
    public static final class Builder {
        private Boolean enabled;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(TwoFaSettings source) {
            this.enabled = source.enabled;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        public Builder enabled(Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Sets a property the spec does not list; it is sent as given.
         */
        public Builder additionalProperty(String name, Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        public TwoFaSettings build() {
            return new TwoFaSettings(enabled, additionalProperties);
        }
    }
}
