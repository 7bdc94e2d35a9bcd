package golden.bare_page.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
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
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Integer page;

        private Builder() {
        }

        private Builder(ListNotesParams source) {
            super(source.additionalProperties);
            this.page = source.page;
        }

        public Builder page(Integer page) {
            this.page = page;
            return this;
        }

        public ListNotesParams build() {
            return new ListNotesParams(page, additionalProperties());
        }
    }
}
