package golden.naming_operations.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Query parameters of <code>addFunnelStep</code> (<code>POST /funnels/{executor}/steps/{body}</code>). Properties set
 * with <code>additionalProperty</code> are sent as extra query parameters.
 *
 * @param params the {@code params} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record AddFunnelStepParams(@JsonProperty("params") String params,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public AddFunnelStepParams {
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
     * Builds {@link AddFunnelStepParams}; unset properties stay null and are not sent.
     */
    public static final class Builder {
        private String params;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(AddFunnelStepParams source) {
            this.params = source.params;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        public Builder params(String params) {
            this.params = params;
            return this;
        }

        /**
         * Sets a property the spec does not list; it is sent as given.
         */
        public Builder additionalProperty(String name, Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        public AddFunnelStepParams build() {
            return new AddFunnelStepParams(params, additionalProperties);
        }
    }
}
