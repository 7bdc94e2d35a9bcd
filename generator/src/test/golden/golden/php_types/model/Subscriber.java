package golden.php_types.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import dev.fluentcrm.runtime.json.PhpFlag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code Subscriber} object.
 *
 * @param id the {@code id} property
 * @param userId the {@code user_id} property
 * @param lifeTimeValue the {@code life_time_value} property
 * @param isVerified the {@code is_verified} property
 * @param emailOptIn the {@code email_opt_in} property
 * @param isAdmin the {@code is_admin} property
 * @param createdAt the {@code created_at} property
 * @param dateOfBirth the {@code date_of_birth} property
 * @param lastActivity the {@code last_activity} property
 * @param score the {@code score} property
 * @param meta the {@code meta} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record Subscriber(@JsonProperty("id") Long id, @JsonProperty("user_id") Long userId,
        @JsonProperty("life_time_value") BigDecimal lifeTimeValue,
        @JsonProperty("is_verified") @JsonSerialize(using = PhpFlag.YesNo.class) Boolean isVerified,
        @JsonProperty("email_opt_in") @JsonSerialize(using = PhpFlag.OneZero.class) Boolean emailOptIn,
        @JsonProperty("is_admin") Boolean isAdmin,
        @JsonProperty("created_at") LocalDateTime createdAt,
        @JsonProperty("date_of_birth") LocalDate dateOfBirth,
        @JsonProperty("last_activity") LocalDateTime lastActivity,
        @JsonProperty("score") Long score, @JsonProperty("meta") Map<String, String> meta,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Subscriber {
        meta = Immutable.map(meta);
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
     * Builds {@link Subscriber}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long id;

        private Long userId;

        private BigDecimal lifeTimeValue;

        private Boolean isVerified;

        private Boolean emailOptIn;

        private Boolean isAdmin;

        private LocalDateTime createdAt;

        private LocalDate dateOfBirth;

        private LocalDateTime lastActivity;

        private Long score;

        private Map<String, String> meta;

        private Builder() {
        }

        private Builder(Subscriber source) {
            super(source.additionalProperties);
            this.id = source.id;
            this.userId = source.userId;
            this.lifeTimeValue = source.lifeTimeValue;
            this.isVerified = source.isVerified;
            this.emailOptIn = source.emailOptIn;
            this.isAdmin = source.isAdmin;
            this.createdAt = source.createdAt;
            this.dateOfBirth = source.dateOfBirth;
            this.lastActivity = source.lastActivity;
            this.score = source.score;
            this.meta = source.meta;
        }

        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        public Builder userId(Long userId) {
            this.userId = userId;
            return this;
        }

        public Builder lifeTimeValue(BigDecimal lifeTimeValue) {
            this.lifeTimeValue = lifeTimeValue;
            return this;
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

        public Builder createdAt(LocalDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder dateOfBirth(LocalDate dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
            return this;
        }

        public Builder lastActivity(LocalDateTime lastActivity) {
            this.lastActivity = lastActivity;
            return this;
        }

        public Builder score(Long score) {
            this.score = score;
            return this;
        }

        public Builder meta(Map<String, String> meta) {
            this.meta = meta;
            return this;
        }

        public Subscriber build() {
            return new Subscriber(id, userId, lifeTimeValue, isVerified, emailOptIn, isAdmin,
                    createdAt, dateOfBirth, lastActivity, score, meta, additionalProperties());
        }
    }
}
