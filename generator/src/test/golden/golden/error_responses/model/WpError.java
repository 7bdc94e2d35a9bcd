package golden.error_responses.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The error body of the WordPress REST API (a <code>WP_Error</code>).
 *
 * @param code the {@code code} property
 * @param message the {@code message} property
 * @param data the {@code data} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record WpError(@JsonProperty("code") String code, @JsonProperty("message") String message,
        @JsonProperty("data") WpErrorData data,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public WpError {
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
     * Builds {@link WpError}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String code;

        private String message;

        private WpErrorData data;

        private Builder() {
        }

        private Builder(WpError source) {
            super(source.additionalProperties);
            this.code = source.code;
            this.message = source.message;
            this.data = source.data;
        }

        public Builder code(String code) {
            this.code = code;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder data(WpErrorData data) {
            this.data = data;
            return this;
        }

        public WpError build() {
            if (code == null) {
                throw new IllegalStateException("WpError.code is required (JSON property 'code')");
            }
            if (message == null) {
                throw new IllegalStateException(
                        "WpError.message is required (JSON property 'message')");
            }
            return new WpError(code, message, data, additionalProperties());
        }
    }
}
