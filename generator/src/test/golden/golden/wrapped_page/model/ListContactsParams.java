package golden.wrapped_page.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Query parameters of <code>listContacts</code> (<code>GET /subscribers</code>). Properties set with
 * <code>additionalProperty</code> are sent as extra query parameters.
 *
 * @param page The page to return, counting from 1. Default: <code>1</code>.
 * @param perPage Default: <code>15</code>.
 * @param search the {@code search} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record ListContactsParams(@JsonProperty("page") Long page,
        @JsonProperty("per_page") Long perPage, @JsonProperty("search") String search,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public ListContactsParams {
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
     * Builds {@link ListContactsParams}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long page;

        private Long perPage;

        private String search;

        private Builder() {
        }

        private Builder(ListContactsParams source) {
            super(source.additionalProperties);
            this.page = source.page;
            this.perPage = source.perPage;
            this.search = source.search;
        }

        public Builder page(Long page) {
            this.page = page;
            return this;
        }

        public Builder perPage(Long perPage) {
            this.perPage = perPage;
            return this;
        }

        public Builder search(String search) {
            this.search = search;
            return this;
        }

        public ListContactsParams build() {
            return new ListContactsParams(page, perPage, search, additionalProperties());
        }
    }
}
