package golden.one_of.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code SmsMessage} object.
 *
 * @param contact The contact, or null when deleted.
 * @param settings The settings, or <code>[]</code> when none were saved.
 * @param legacySettings the {@code legacy_settings} property
 * @param parent the {@code parent} property
 * @param count A number, or free text such as <code>all</code>.
 * @param total A number, sent as a numeric string by MySQL.
 * @param amount the {@code amount} property
 * @param flag the {@code flag} property
 * @param label the {@code label} property
 * @param shape the {@code shape} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record SmsMessage(@JsonProperty("contact") Contact contact,
        @JsonProperty("settings") Settings settings,
        @JsonProperty("legacy_settings") Settings legacySettings,
        @JsonProperty("parent") Contact parent, @JsonProperty("count") String count,
        @JsonProperty("total") Long total, @JsonProperty("amount") String amount,
        @JsonProperty("flag") String flag, @JsonProperty("label") String label,
        @JsonProperty("shape") JsonNode shape,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public SmsMessage {
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
     * Builds {@link SmsMessage}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Contact contact;

        private Settings settings;

        private Settings legacySettings;

        private Contact parent;

        private String count;

        private Long total;

        private String amount;

        private String flag;

        private String label;

        private JsonNode shape;

        private Builder() {
        }

        private Builder(SmsMessage source) {
            super(source.additionalProperties);
            this.contact = source.contact;
            this.settings = source.settings;
            this.legacySettings = source.legacySettings;
            this.parent = source.parent;
            this.count = source.count;
            this.total = source.total;
            this.amount = source.amount;
            this.flag = source.flag;
            this.label = source.label;
            this.shape = source.shape;
        }

        public Builder contact(Contact contact) {
            this.contact = contact;
            return this;
        }

        public Builder settings(Settings settings) {
            this.settings = settings;
            return this;
        }

        public Builder legacySettings(Settings legacySettings) {
            this.legacySettings = legacySettings;
            return this;
        }

        public Builder parent(Contact parent) {
            this.parent = parent;
            return this;
        }

        public Builder count(String count) {
            this.count = count;
            return this;
        }

        public Builder total(Long total) {
            this.total = total;
            return this;
        }

        public Builder amount(String amount) {
            this.amount = amount;
            return this;
        }

        public Builder flag(String flag) {
            this.flag = flag;
            return this;
        }

        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder shape(JsonNode shape) {
            this.shape = shape;
            return this;
        }

        public SmsMessage build() {
            return new SmsMessage(contact, settings, legacySettings, parent, count, total, amount,
                    flag, label, shape, additionalProperties());
        }
    }
}
