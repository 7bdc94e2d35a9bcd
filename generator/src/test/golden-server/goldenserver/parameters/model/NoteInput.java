package goldenserver.parameters.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code NoteInput} object.
 *
 * @param title the {@code title} property
 * @param type the {@code type} property
 * @param authorEmail the {@code author_email} property
 * @param priority the {@code priority} property
 * @param tags the {@code tags} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record NoteInput(@JsonProperty("title") String title, @JsonProperty("type") NoteType type,
        @JsonProperty("author_email") String authorEmail, @JsonProperty("priority") Long priority,
        @JsonProperty("tags") List<Long> tags,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public NoteInput {
        tags = Immutable.list(tags);
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
     * Builds {@link NoteInput}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String title;

        private NoteType type;

        private String authorEmail;

        private Long priority;

        private List<Long> tags;

        private Builder() {
        }

        private Builder(NoteInput source) {
            super(source.additionalProperties);
            this.title = source.title;
            this.type = source.type;
            this.authorEmail = source.authorEmail;
            this.priority = source.priority;
            this.tags = source.tags;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder type(NoteType type) {
            this.type = type;
            return this;
        }

        public Builder authorEmail(String authorEmail) {
            this.authorEmail = authorEmail;
            return this;
        }

        public Builder priority(Long priority) {
            this.priority = priority;
            return this;
        }

        public Builder tags(List<Long> tags) {
            this.tags = tags;
            return this;
        }

        public NoteInput build() {
            if (title == null) {
                throw new IllegalStateException(
                        "NoteInput.title is required (JSON property 'title')");
            }
            if (type == null) {
                throw new IllegalStateException(
                        "NoteInput.type is required (JSON property 'type')");
            }
            return new NoteInput(title, type, authorEmail, priority, tags, additionalProperties());
        }
    }
}
