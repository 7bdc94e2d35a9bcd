package golden.one_of.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code Contact} object.
 *
 * @param id the {@code id} property
 * @param email the {@code email} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record Contact(@JsonProperty("id") Long id, @JsonProperty("email") String email,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Contact {
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
     * Builds {@link Contact}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long id;

        private String email;

        private Builder() {
        }

        private Builder(Contact source) {
            super(source.additionalProperties);
            this.id = source.id;
            this.email = source.email;
        }

        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Contact build() {
            return new Contact(id, email, additionalProperties());
        }
    }
}
