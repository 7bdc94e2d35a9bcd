package golden.wrapped_page.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code ListCampaignEmailsResponseCampaign} object.
 *
 * @param id the {@code id} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record ListCampaignEmailsResponseCampaign(@JsonProperty("id") Long id,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public ListCampaignEmailsResponseCampaign {
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
     * Builds {@link ListCampaignEmailsResponseCampaign}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long id;

        private Builder() {
        }

        private Builder(ListCampaignEmailsResponseCampaign source) {
            super(source.additionalProperties);
            this.id = source.id;
        }

        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        public ListCampaignEmailsResponseCampaign build() {
            return new ListCampaignEmailsResponseCampaign(id, additionalProperties());
        }
    }
}
