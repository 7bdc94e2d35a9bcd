package golden.enums.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Query parameters of <code>listContacts</code> (<code>GET /contacts</code>). Properties set with
 * <code>additionalProperty</code> are sent as extra query parameters.
 *
 * @param status the {@code status} property
 * @param statuses Sent as <code>statuses[]=a&amp;statuses[]=b</code>.
 * @param sortType the {@code sort_type} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record ListContactsParams(@JsonProperty("status") ListContactsStatus status,
        @JsonProperty("statuses[]") List<ContactStatus> statuses,
        @JsonProperty("sort_type") SortType sortType,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public ListContactsParams {
        statuses = Immutable.list(statuses);
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
        private ListContactsStatus status;

        private List<ContactStatus> statuses;

        private SortType sortType;

        private Builder() {
        }

        private Builder(ListContactsParams source) {
            super(source.additionalProperties);
            this.status = source.status;
            this.statuses = source.statuses;
            this.sortType = source.sortType;
        }

        public Builder status(ListContactsStatus status) {
            this.status = status;
            return this;
        }

        public Builder statuses(List<ContactStatus> statuses) {
            this.statuses = statuses;
            return this;
        }

        public Builder sortType(SortType sortType) {
            this.sortType = sortType;
            return this;
        }

        public ListContactsParams build() {
            return new ListContactsParams(status, statuses, sortType, additionalProperties());
        }
    }
}
