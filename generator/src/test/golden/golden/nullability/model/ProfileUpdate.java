package golden.nullability.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code ProfileUpdate} object.
 *
 * @param email the {@code email} property
 * @param nickname the {@code nickname} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record ProfileUpdate(@JsonProperty("email") String email,
        @JsonProperty("nickname") String nickname,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public ProfileUpdate {
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
     * Builds {@link ProfileUpdate}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String email;

        private String nickname;

        private Builder() {
        }

        private Builder(ProfileUpdate source) {
            super(source.additionalProperties);
            this.email = source.email;
            this.nickname = source.nickname;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder nickname(String nickname) {
            this.nickname = nickname;
            return this;
        }

        public ProfileUpdate build() {
            if (email == null) {
                throw new IllegalStateException(
                        "ProfileUpdate.email is required (JSON property 'email')");
            }
            return new ProfileUpdate(email, nickname, additionalProperties());
        }
    }
}
