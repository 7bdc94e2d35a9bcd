package golden.all_of.model;

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
 * The {@code GetThingResponse} object.
 *
 * @param id the {@code id} property
 * @param createdAt the {@code created_at} property
 * @param title The title, redefined with a description.
 * @param tags the {@code tags} property
 * @param note the {@code note} property
 * @param views the {@code views} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record GetThingResponse(@JsonProperty("id") Long id,
        @JsonProperty("created_at") LocalDateTime createdAt, @JsonProperty("title") String title,
        @JsonProperty("tags") List<String> tags, @JsonProperty("note") String note,
        @JsonProperty("views") Long views,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public GetThingResponse {
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
     * Builds {@link GetThingResponse}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long id;

        private LocalDateTime createdAt;

        private String title;

        private List<String> tags;

        private String note;

        private Long views;

        private Builder() {
        }

        private Builder(GetThingResponse source) {
            super(source.additionalProperties);
            this.id = source.id;
            this.createdAt = source.createdAt;
            this.title = source.title;
            this.tags = source.tags;
            this.note = source.note;
            this.views = source.views;
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

        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public Builder views(Long views) {
            this.views = views;
            return this;
        }

        public GetThingResponse build() {
            if (id == null) {
                throw new IllegalStateException(
                        "GetThingResponse.id is required (JSON property 'id')");
            }
            if (title == null) {
                throw new IllegalStateException(
                        "GetThingResponse.title is required (JSON property 'title')");
            }
            if (views == null) {
                throw new IllegalStateException(
                        "GetThingResponse.views is required (JSON property 'views')");
            }
            return new GetThingResponse(id, createdAt, title, tags, note, views,
                    additionalProperties());
        }
    }
}
