package golden.error_responses.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code WpErrorData} object.
 *
 * @param status the {@code status} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record WpErrorData(@JsonProperty("status") Long status,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public WpErrorData {
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
     * Builds {@link WpErrorData}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long status;

        private Builder() {
        }

        private Builder(WpErrorData source) {
            super(source.additionalProperties);
            this.status = source.status;
        }

        public Builder status(Long status) {
            this.status = status;
            return this;
        }

        public WpErrorData build() {
            return new WpErrorData(status, additionalProperties());
        }
    }
}
