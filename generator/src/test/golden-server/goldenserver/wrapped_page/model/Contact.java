package goldenserver.wrapped_page.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.LinkedHashMap;
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
    public static final class Builder {
        private Long id;

        private String email;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Contact source) {
            this.id = source.id;
            this.email = source.email;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets a property the spec does not list; it is sent as given.
         */
        public Builder additionalProperty(String name, Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        public Contact build() {
            if (id == null) {
                throw new IllegalStateException("Contact.id is required (JSON property 'id')");
            }
            if (email == null) {
                throw new IllegalStateException(
                        "Contact.email is required (JSON property 'email')");
            }
            return new Contact(id, email, additionalProperties);
        }
    }
}
