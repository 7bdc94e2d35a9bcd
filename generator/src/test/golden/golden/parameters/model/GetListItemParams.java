package golden.parameters.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Query parameters of <code>getListItem</code> (<code>GET /lists/{list_id}/items/{item_id}</code>). Properties set with
 * <code>additionalProperty</code> are sent as extra query parameters.
 *
 * @param xWpNonce the {@code X-WP-Nonce} property
 * @param tags Only items with these tags. Sent as <code>tags[]=a&amp;tags[]=b</code>.
 * @param statuses Sent as <code>statuses[]=a&amp;statuses[]=b</code>.
 * @param queryStatus the {@code query[status]} property
 * @param includeDeleted the {@code include_deleted} property
 * @param since the {@code since} property
 * @param limit Default: <code>10</code>.
 * @param search Free text.
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record GetListItemParams(@JsonProperty("X-WP-Nonce") String xWpNonce,
        @JsonProperty("tags[]") List<Long> tags,
        @JsonProperty("statuses[]") List<GetListItemStatus> statuses,
        @JsonProperty("query[status]") String queryStatus,
        @JsonProperty("include_deleted") Boolean includeDeleted,
        @JsonProperty("since") LocalDateTime since, @JsonProperty("limit") Long limit,
        @JsonProperty("search") String search,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public GetListItemParams {
        tags = Immutable.list(tags);
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
     * Builds {@link GetListItemParams}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String xWpNonce;

        private List<Long> tags;

        private List<GetListItemStatus> statuses;

        private String queryStatus;

        private Boolean includeDeleted;

        private LocalDateTime since;

        private Long limit;

        private String search;

        private Builder() {
        }

        private Builder(GetListItemParams source) {
            super(source.additionalProperties);
            this.xWpNonce = source.xWpNonce;
            this.tags = source.tags;
            this.statuses = source.statuses;
            this.queryStatus = source.queryStatus;
            this.includeDeleted = source.includeDeleted;
            this.since = source.since;
            this.limit = source.limit;
            this.search = source.search;
        }

        public Builder xWpNonce(String xWpNonce) {
            this.xWpNonce = xWpNonce;
            return this;
        }

        public Builder tags(List<Long> tags) {
            this.tags = tags;
            return this;
        }

        public Builder statuses(List<GetListItemStatus> statuses) {
            this.statuses = statuses;
            return this;
        }

        public Builder queryStatus(String queryStatus) {
            this.queryStatus = queryStatus;
            return this;
        }

        public Builder includeDeleted(Boolean includeDeleted) {
            this.includeDeleted = includeDeleted;
            return this;
        }

        public Builder since(LocalDateTime since) {
            this.since = since;
            return this;
        }

        public Builder limit(Long limit) {
            this.limit = limit;
            return this;
        }

        public Builder search(String search) {
            this.search = search;
            return this;
        }

        public GetListItemParams build() {
            return new GetListItemParams(xWpNonce, tags, statuses, queryStatus, includeDeleted,
                    since, limit, search, additionalProperties());
        }
    }
}
