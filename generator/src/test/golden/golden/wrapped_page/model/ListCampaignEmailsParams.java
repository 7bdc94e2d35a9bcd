package golden.wrapped_page.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Query parameters of <code>listCampaignEmails</code> (<code>GET /campaigns/{id}/emails</code>). Properties set with
 * <code>additionalProperty</code> are sent as extra query parameters.
 *
 * @param page The page to return, counting from 1. Default: <code>1</code>.
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record ListCampaignEmailsParams(@JsonProperty("page") Long page,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public ListCampaignEmailsParams {
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
     * Builds {@link ListCampaignEmailsParams}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long page;

        private Builder() {
        }

        private Builder(ListCampaignEmailsParams source) {
            super(source.additionalProperties);
            this.page = source.page;
        }

        public Builder page(Long page) {
            this.page = page;
            return this;
        }

        public ListCampaignEmailsParams build() {
            return new ListCampaignEmailsParams(page, additionalProperties());
        }
    }
}
