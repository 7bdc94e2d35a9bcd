package golden.error_responses.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.LinkedHashMap;
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
    public static final class Builder {
        private String code;

        private String message;

        private WpErrorData data;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(WpError source) {
            this.code = source.code;
            this.message = source.message;
            this.data = source.data;
            this.additionalProperties.putAll(source.additionalProperties);
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

        /**
         * Sets a property the spec does not list; it is sent as given.
         */
        public Builder additionalProperty(String name, Object value) {
            this.additionalProperties.put(name, value);
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
            return new WpError(code, message, data, additionalProperties);
        }
    }
}
