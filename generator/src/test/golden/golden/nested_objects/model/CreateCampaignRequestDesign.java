package golden.nested_objects.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.LinkedHashMap;
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
    public static final class Builder {
        private String template;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(CreateCampaignRequestDesign source) {
            this.template = source.template;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        public Builder template(String template) {
            this.template = template;
            return this;
        }

        /**
         * Sets a property the spec does not list; it is sent as given.
         */
        public Builder additionalProperty(String name, Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        public CreateCampaignRequestDesign build() {
            return new CreateCampaignRequestDesign(template, additionalProperties);
        }
    }
}
