package golden.nested_objects.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code CreateCampaignRequestDesign} object.
 *
 * @param template the {@code template} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record CreateCampaignRequestDesign(@JsonProperty("template") String template,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CreateCampaignRequestDesign {
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
     * Builds {@link CreateCampaignRequestDesign}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String template;

        private Builder() {
        }

        private Builder(CreateCampaignRequestDesign source) {
            super(source.additionalProperties);
            this.template = source.template;
        }

        public Builder template(String template) {
            this.template = template;
            return this;
        }

        public CreateCampaignRequestDesign build() {
            return new CreateCampaignRequestDesign(template, additionalProperties());
        }
    }
}
