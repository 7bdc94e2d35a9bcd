package golden.outputs_model_server.model;

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
 * Query parameters of <code>listNotes</code> (<code>GET /subscribers/{id}/notes</code>). Properties set with
 * <code>additionalProperty</code> are sent as extra query parameters.
 *
 * @param types Sent as <code>types[]=a&amp;types[]=b</code>.
 * @param sortBy the {@code sort_by} property
 * @param limit the {@code limit} property
 * @param since the {@code since} property
 * @param xRequestId the {@code X-Request-Id} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record ListNotesParams(@JsonProperty("types[]") List<ListNotesType> types,
        @JsonProperty("sort_by") ListNotesSortBy sortBy, @JsonProperty("limit") Long limit,
        @JsonProperty("since") LocalDateTime since, @JsonProperty("X-Request-Id") String xRequestId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public ListNotesParams {
        types = Immutable.list(types);
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
        private List<ListNotesType> types;

        private ListNotesSortBy sortBy;

        private Long limit;

        private LocalDateTime since;

        private String xRequestId;

        private Builder() {
        }

        private Builder(ListNotesParams source) {
            super(source.additionalProperties);
            this.types = source.types;
            this.sortBy = source.sortBy;
            this.limit = source.limit;
            this.since = source.since;
            this.xRequestId = source.xRequestId;
        }

        public Builder types(List<ListNotesType> types) {
            this.types = types;
            return this;
        }

        public Builder sortBy(ListNotesSortBy sortBy) {
            this.sortBy = sortBy;
            return this;
        }

        public Builder limit(Long limit) {
            this.limit = limit;
            return this;
        }

        public Builder since(LocalDateTime since) {
            this.since = since;
            return this;
        }

        public Builder xRequestId(String xRequestId) {
            this.xRequestId = xRequestId;
            return this;
        }

        public ListNotesParams build() {
            if (sortBy == null) {
                throw new IllegalStateException(
                        "ListNotesParams.sortBy is required (JSON property 'sort_by')");
            }
            return new ListNotesParams(types, sortBy, limit, since, xRequestId,
                    additionalProperties());
        }
    }
}
