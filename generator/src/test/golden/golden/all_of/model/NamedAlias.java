package golden.all_of.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.time.LocalDateTime;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code NamedAlias} object.
 *
 * @param id the {@code id} property
 * @param createdAt the {@code created_at} property
 * @param title the {@code title} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record NamedAlias(@JsonProperty("id") Long id,
        @JsonProperty("created_at") LocalDateTime createdAt, @JsonProperty("title") String title,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public NamedAlias {
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
     * Builds {@link NamedAlias}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long id;

        private LocalDateTime createdAt;

        private String title;

        private Builder() {
        }

        private Builder(NamedAlias source) {
            super(source.additionalProperties);
            this.id = source.id;
            this.createdAt = source.createdAt;
            this.title = source.title;
        }

        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        public Builder createdAt(LocalDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public NamedAlias build() {
            if (id == null) {
                throw new IllegalStateException("NamedAlias.id is required (JSON property 'id')");
            }
            if (title == null) {
                throw new IllegalStateException(
                        "NamedAlias.title is required (JSON property 'title')");
            }
            return new NamedAlias(id, createdAt, title, additionalProperties());
        }
    }
}
