package goldenserver.samples.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import dev.fluentcrm.runtime.json.PhpFlag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code Subject} object.
 *
 * @param key the {@code key} property
 * @param value the {@code value} property
 * @param weight the {@code weight} property
 * @param isActive the {@code is_active} property
 * @param url the {@code url} property
 * @param sentOn the {@code sent_on} property
 * @param nested the {@code nested} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record Subject(@JsonProperty("key") String key, @JsonProperty("value") String value,
        @JsonProperty("weight") BigDecimal weight,
        @JsonProperty("is_active") @JsonSerialize(using = PhpFlag.YesNo.class) Boolean isActive,
        @JsonProperty("url") String url, @JsonProperty("sent_on") LocalDate sentOn,
        @JsonProperty("nested") List<Subject> nested,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Subject {
        nested = Immutable.list(nested);
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
     * Builds {@link Subject}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String key;

        private String value;

        private BigDecimal weight;

        private Boolean isActive;

        private String url;

        private LocalDate sentOn;

        private List<Subject> nested;

        private Builder() {
        }

        private Builder(Subject source) {
            super(source.additionalProperties);
            this.key = source.key;
            this.value = source.value;
            this.weight = source.weight;
            this.isActive = source.isActive;
            this.url = source.url;
            this.sentOn = source.sentOn;
            this.nested = source.nested;
        }

        public Builder key(String key) {
            this.key = key;
            return this;
        }

        public Builder value(String value) {
            this.value = value;
            return this;
        }

        public Builder weight(BigDecimal weight) {
            this.weight = weight;
            return this;
        }

        public Builder isActive(Boolean isActive) {
            this.isActive = isActive;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder sentOn(LocalDate sentOn) {
            this.sentOn = sentOn;
            return this;
        }

        public Builder nested(List<Subject> nested) {
            this.nested = nested;
            return this;
        }

        public Subject build() {
            if (key == null) {
                throw new IllegalStateException("Subject.key is required (JSON property 'key')");
            }
            if (value == null) {
                throw new IllegalStateException(
                        "Subject.value is required (JSON property 'value')");
            }
            return new Subject(key, value, weight, isActive, url, sentOn, nested,
                    additionalProperties());
        }
    }
}
