package golden.nullability.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code Profile} object.
 *
 * @param id Always there.
 * @param email Always there, never null.
 * @param nickname Always sent, but may be null.
 * @param bio May be left out or null.
 * @param age May be left out.
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record Profile(@JsonProperty("id") Long id, @JsonProperty("email") String email,
        @JsonProperty("nickname") String nickname, @JsonProperty("bio") String bio,
        @JsonProperty("age") Long age,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Profile {
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
     * Builds {@link Profile}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long id;

        private String email;

        private String nickname;

        private String bio;

        private Long age;

        private Builder() {
        }

        private Builder(Profile source) {
            super(source.additionalProperties);
            this.id = source.id;
            this.email = source.email;
            this.nickname = source.nickname;
            this.bio = source.bio;
            this.age = source.age;
        }

        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder nickname(String nickname) {
            this.nickname = nickname;
            return this;
        }

        public Builder bio(String bio) {
            this.bio = bio;
            return this;
        }

        public Builder age(Long age) {
            this.age = age;
            return this;
        }

        public Profile build() {
            if (id == null) {
                throw new IllegalStateException("Profile.id is required (JSON property 'id')");
            }
            if (email == null) {
                throw new IllegalStateException(
                        "Profile.email is required (JSON property 'email')");
            }
            if (nickname == null) {
                throw new IllegalStateException(
                        "Profile.nickname is required (JSON property 'nickname')");
            }
            return new Profile(id, email, nickname, bio, age, additionalProperties());
        }
    }
}
