package golden.bare_page.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code ListLogsResponse} object.
 *
 * @param line the {@code line} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record ListLogsResponse(@JsonProperty("line") String line,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public ListLogsResponse {
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
     * Builds {@link ListLogsResponse}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String line;

        private Builder() {
        }

        private Builder(ListLogsResponse source) {
            super(source.additionalProperties);
            this.line = source.line;
        }

        public Builder line(String line) {
            this.line = line;
            return this;
        }

        public ListLogsResponse build() {
            return new ListLogsResponse(line, additionalProperties());
        }
    }
}
