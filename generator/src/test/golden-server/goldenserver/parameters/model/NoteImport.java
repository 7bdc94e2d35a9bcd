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
 * The {@code NoteImport} object.
 *
 * @param titles the {@code titles} property
 * @param notify_ the {@code notify} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record NoteImport(@JsonProperty("titles") List<String> titles,
        @JsonProperty("notify") Boolean notify_,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public NoteImport {
        titles = Immutable.list(titles);
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
     * Builds {@link NoteImport}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private List<String> titles;

        private Boolean notify_;

        private Builder() {
        }

        private Builder(NoteImport source) {
            super(source.additionalProperties);
            this.titles = source.titles;
            this.notify_ = source.notify_;
        }

        public Builder titles(List<String> titles) {
            this.titles = titles;
            return this;
        }

        public Builder notify_(Boolean notify_) {
            this.notify_ = notify_;
            return this;
        }

        public NoteImport build() {
            if (titles == null) {
                throw new IllegalStateException(
                        "NoteImport.titles is required (JSON property 'titles')");
            }
            return new NoteImport(titles, notify_, additionalProperties());
        }
    }
}
