package golden.wrapped_page.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import dev.fluentcrm.runtime.json.PhpFlag;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Query parameters of <code>listTags</code> (<code>GET /tags</code>). Properties set with
 * <code>additionalProperty</code> are sent as extra query parameters.
 *
 * @param page The page to return, counting from 1. Default: <code>1</code>.
 * @param allTags <code>1</code> adds <code>all_tags</code>; PHP reads any non-empty value other than <code>0</code> as
 *     set. Default: <code>false</code>.
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record ListTagsParams(@JsonProperty("page") Long page,
        @JsonProperty("all_tags") @JsonSerialize(using = PhpFlag.OneZero.class) Boolean allTags,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public ListTagsParams {
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
     * Builds {@link ListTagsParams}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long page;

        private Boolean allTags;

        private Builder() {
        }

        private Builder(ListTagsParams source) {
            super(source.additionalProperties);
            this.page = source.page;
            this.allTags = source.allTags;
        }

        public Builder page(Long page) {
            this.page = page;
            return this;
        }

        public Builder allTags(Boolean allTags) {
            this.allTags = allTags;
            return this;
        }

        public ListTagsParams build() {
            return new ListTagsParams(page, allTags, additionalProperties());
        }
    }
}
