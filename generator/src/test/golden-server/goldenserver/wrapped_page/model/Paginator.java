package goldenserver.wrapped_page.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code Paginator} object.
 *
 * @param total the {@code total} property
 * @param perPage the {@code per_page} property
 * @param currentPage the {@code current_page} property
 * @param lastPage the {@code last_page} property
 * @param data the {@code data} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record Paginator(@JsonProperty("total") Long total, @JsonProperty("per_page") Long perPage,
        @JsonProperty("current_page") Long currentPage, @JsonProperty("last_page") Long lastPage,
        @JsonProperty("data") List<JsonNode> data,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Paginator {
        data = Immutable.list(data);
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
     * Builds {@link Paginator}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long total;

        private Long perPage;

        private Long currentPage;

        private Long lastPage;

        private List<JsonNode> data;

        private Builder() {
        }

        private Builder(Paginator source) {
            super(source.additionalProperties);
            this.total = source.total;
            this.perPage = source.perPage;
            this.currentPage = source.currentPage;
            this.lastPage = source.lastPage;
            this.data = source.data;
        }

        public Builder total(Long total) {
            this.total = total;
            return this;
        }

        public Builder perPage(Long perPage) {
            this.perPage = perPage;
            return this;
        }

        public Builder currentPage(Long currentPage) {
            this.currentPage = currentPage;
            return this;
        }

        public Builder lastPage(Long lastPage) {
            this.lastPage = lastPage;
            return this;
        }

        public Builder data(List<JsonNode> data) {
            this.data = data;
            return this;
        }

        public Paginator build() {
            if (total == null) {
                throw new IllegalStateException(
                        "Paginator.total is required (JSON property 'total')");
            }
            if (perPage == null) {
                throw new IllegalStateException(
                        "Paginator.perPage is required (JSON property 'per_page')");
            }
            if (currentPage == null) {
                throw new IllegalStateException(
                        "Paginator.currentPage is required (JSON property 'current_page')");
            }
            if (data == null) {
                throw new IllegalStateException(
                        "Paginator.data is required (JSON property 'data')");
            }
            return new Paginator(total, perPage, currentPage, lastPage, data,
                    additionalProperties());
        }
    }
}
