package goldenserver.samples.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code CampaignSettings} object.
 *
 * @param sender the {@code sender} property
 * @param replyTo the {@code reply_to} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record CampaignSettings(@JsonProperty("sender") String sender,
        @JsonProperty("reply_to") String replyTo,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CampaignSettings {
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
     * Builds {@link CampaignSettings}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String sender;

        private String replyTo;

        private Builder() {
        }

        private Builder(CampaignSettings source) {
            super(source.additionalProperties);
            this.sender = source.sender;
            this.replyTo = source.replyTo;
        }

        public Builder sender(String sender) {
            this.sender = sender;
            return this;
        }

        public Builder replyTo(String replyTo) {
            this.replyTo = replyTo;
            return this;
        }

        public CampaignSettings build() {
            return new CampaignSettings(sender, replyTo, additionalProperties());
        }
    }
}
