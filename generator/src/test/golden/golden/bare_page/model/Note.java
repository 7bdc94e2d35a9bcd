package golden.bare_page.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code Note} object.
 *
 * @param id the {@code id} property
 * @param text the {@code text} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record Note(@JsonProperty("id") Long id, @JsonProperty("text") String text,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Note {
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
     * Builds {@link Note}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long id;

        private String text;

        private Builder() {
        }

        private Builder(Note source) {
            super(source.additionalProperties);
            this.id = source.id;
            this.text = source.text;
        }

        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Note build() {
            return new Note(id, text, additionalProperties());
        }
    }
}
