package golden.all_of.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code Extra} object.
 *
 * @param title The title, redefined with a description.
 * @param tags the {@code tags} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record Extra(@JsonProperty("title") String title, @JsonProperty("tags") List<String> tags,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Extra {
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
     * Builds {@link Extra}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String title;

        private List<String> tags;

        private Builder() {
        }

        private Builder(Extra source) {
            super(source.additionalProperties);
            this.title = source.title;
            this.tags = source.tags;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        public Extra build() {
            return new Extra(title, tags, additionalProperties());
        }
    }
}
