package golden.php_types.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import dev.fluentcrm.runtime.json.PhpFlag;
import java.time.LocalDateTime;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code SubscriberUpdate} object.
 *
 * @param isVerified the {@code is_verified} property
 * @param emailOptIn the {@code email_opt_in} property
 * @param isAdmin the {@code is_admin} property
 * @param userId the {@code user_id} property
 * @param createdAt the {@code created_at} property
 * @param note the {@code note} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record SubscriberUpdate(
        @JsonProperty("is_verified") @JsonSerialize(using = PhpFlag.YesNo.class) Boolean isVerified,
        @JsonProperty("email_opt_in") @JsonSerialize(using = PhpFlag.OneZero.class) Boolean emailOptIn,
        @JsonProperty("is_admin") Boolean isAdmin, @JsonProperty("user_id") Long userId,
        @JsonProperty("created_at") LocalDateTime createdAt, @JsonProperty("note") String note,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public SubscriberUpdate {
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
     * Builds {@link SubscriberUpdate}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Boolean isVerified;

        private Boolean emailOptIn;

        private Boolean isAdmin;

        private Long userId;

        private LocalDateTime createdAt;

        private String note;

        private Builder() {
        }

        private Builder(SubscriberUpdate source) {
            super(source.additionalProperties);
            this.isVerified = source.isVerified;
            this.emailOptIn = source.emailOptIn;
            this.isAdmin = source.isAdmin;
            this.userId = source.userId;
            this.createdAt = source.createdAt;
            this.note = source.note;
        }

        public Builder isVerified(Boolean isVerified) {
            this.isVerified = isVerified;
            return this;
        }

        public Builder emailOptIn(Boolean emailOptIn) {
            this.emailOptIn = emailOptIn;
            return this;
        }

        public Builder isAdmin(Boolean isAdmin) {
            this.isAdmin = isAdmin;
            return this;
        }

        public Builder userId(Long userId) {
            this.userId = userId;
            return this;
        }

        public Builder createdAt(LocalDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public SubscriberUpdate build() {
            return new SubscriberUpdate(isVerified, emailOptIn, isAdmin, userId, createdAt, note,
                    additionalProperties());
        }
    }
}
