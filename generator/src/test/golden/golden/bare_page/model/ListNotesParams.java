package golden.bare_page.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Query parameters of <code>listNotes</code> (<code>GET /notes</code>). Properties set with
 * <code>additionalProperty</code> are sent as extra query parameters.
 *
 * @param page the {@code page} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record ListNotesParams(@JsonProperty("page") Integer page,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public ListNotesParams {
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
     * Builds {@link ListNotesParams}; unset properties stay null and are not sent.
     */
    public static final class Builder {
        private Integer page;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(ListNotesParams source) {
            this.page = source.page;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        public Builder page(Integer page) {
            this.page = page;
            return this;
        }

        /**
         * Sets a property the spec does not list; it is sent as given.
         */
        public Builder additionalProperty(String name, Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        public ListNotesParams build() {
            return new ListNotesParams(page, additionalProperties);
        }
    }
}
