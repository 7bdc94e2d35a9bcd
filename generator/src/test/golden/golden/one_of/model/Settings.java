package golden.one_of.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code Settings} object.
 *
 * @param sender the {@code sender} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record Settings(@JsonProperty("sender") String sender,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Settings {
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
     * Builds {@link Settings}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String sender;

        private Builder() {
        }

        private Builder(Settings source) {
            super(source.additionalProperties);
            this.sender = source.sender;
        }

        public Builder sender(String sender) {
            this.sender = sender;
            return this;
        }

        public Settings build() {
            return new Settings(sender, additionalProperties());
        }
    }
}
