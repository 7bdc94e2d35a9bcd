package goldenserver.parameters.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.time.LocalDateTime;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code Note} object.
 *
 * @param id the {@code id} property
 * @param title the {@code title} property
 * @param type the {@code type} property
 * @param createdAt the {@code created_at} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record Note(@JsonProperty("id") Long id, @JsonProperty("title") String title,
        @JsonProperty("type") NoteType type, @JsonProperty("created_at") LocalDateTime createdAt,
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

        private String title;

        private NoteType type;

        private LocalDateTime createdAt;

        private Builder() {
        }

        private Builder(Note source) {
            super(source.additionalProperties);
            this.id = source.id;
            this.title = source.title;
            this.type = source.type;
            this.createdAt = source.createdAt;
        }

        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder type(NoteType type) {
            this.type = type;
            return this;
        }

        public Builder createdAt(LocalDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Note build() {
            if (id == null) {
                throw new IllegalStateException("Note.id is required (JSON property 'id')");
            }
            if (title == null) {
                throw new IllegalStateException("Note.title is required (JSON property 'title')");
            }
            return new Note(id, title, type, createdAt, additionalProperties());
        }
    }
}
