package goldenserver.samples.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Query parameters of <code>getCampaign</code> (<code>GET /campaigns/{id}</code>). Properties set with
 * <code>additionalProperty</code> are sent as extra query parameters.
 *
 * @param with Sent as <code>with[]=a&amp;with[]=b</code>.
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record GetCampaignParams(@JsonProperty("with[]") List<GetCampaignWith> with,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public GetCampaignParams {
        with = Immutable.list(with);
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
     * Builds {@link GetCampaignParams}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private List<GetCampaignWith> with;

        private Builder() {
        }

        private Builder(GetCampaignParams source) {
            super(source.additionalProperties);
            this.with = source.with;
        }

        public Builder with(List<GetCampaignWith> with) {
            this.with = with;
            return this;
        }

        public GetCampaignParams build() {
            return new GetCampaignParams(with, additionalProperties());
        }
    }
}
