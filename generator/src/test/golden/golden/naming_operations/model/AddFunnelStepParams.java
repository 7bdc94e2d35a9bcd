package golden.naming_operations.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
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
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String params;

        private Builder() {
        }

        private Builder(AddFunnelStepParams source) {
            super(source.additionalProperties);
            this.params = source.params;
        }

        public Builder params(String params) {
            this.params = params;
            return this;
        }

        public AddFunnelStepParams build() {
            return new AddFunnelStepParams(params, additionalProperties());
        }
    }
}
