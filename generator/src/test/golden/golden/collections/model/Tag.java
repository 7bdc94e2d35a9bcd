package golden.collections.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code Tag} object.
 *
 * @param id the {@code id} property
 * @param title the {@code title} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record Tag(@JsonProperty("id") Long id, @JsonProperty("title") String title,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Tag {
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
     * Builds {@link Tag}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long id;

        private String title;

        private Builder() {
        }

        private Builder(Tag source) {
            super(source.additionalProperties);
            this.id = source.id;
            this.title = source.title;
        }

        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Tag build() {
            return new Tag(id, title, additionalProperties());
        }
    }
}
