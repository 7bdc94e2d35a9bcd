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
 * The {@code Base} object.
 *
 * @param id the {@code id} property
 * @param createdAt the {@code created_at} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record Base(@JsonProperty("id") Long id, @JsonProperty("created_at") LocalDateTime createdAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Base {
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
     * Builds {@link Base}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long id;

        private LocalDateTime createdAt;

        private Builder() {
        }

        private Builder(Base source) {
            super(source.additionalProperties);
            this.id = source.id;
            this.createdAt = source.createdAt;
        }

        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        public Builder createdAt(LocalDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Base build() {
            if (id == null) {
                throw new IllegalStateException("Base.id is required (JSON property 'id')");
            }
            return new Base(id, createdAt, additionalProperties());
        }
    }
}
