package golden.nested_objects.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code CreateCampaignRequest} object.
 *
 * @param title the {@code title} property
 * @param design the {@code design} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record CreateCampaignRequest(@JsonProperty("title") String title,
        @JsonProperty("design") CreateCampaignRequestDesign design,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CreateCampaignRequest {
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
     * Builds {@link CreateCampaignRequest}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String title;

        private CreateCampaignRequestDesign design;

        private Builder() {
        }

        private Builder(CreateCampaignRequest source) {
            super(source.additionalProperties);
            this.title = source.title;
            this.design = source.design;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder design(CreateCampaignRequestDesign design) {
            this.design = design;
            return this;
        }

        public CreateCampaignRequest build() {
            if (title == null) {
                throw new IllegalStateException(
                        "CreateCampaignRequest.title is required (JSON property 'title')");
            }
            return new CreateCampaignRequest(title, design, additionalProperties());
        }
    }
}
