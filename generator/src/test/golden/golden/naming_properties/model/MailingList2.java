package golden.naming_properties.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code MailingList2} object.
 *
 * @param slug the {@code slug} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record MailingList2(@JsonProperty("slug") String slug,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public MailingList2 {
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
     * Builds {@link MailingList2}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private String slug;

        private Builder() {
        }

        private Builder(MailingList2 source) {
            super(source.additionalProperties);
            this.slug = source.slug;
        }

        public Builder slug(String slug) {
            this.slug = slug;
            return this;
        }

        public MailingList2 build() {
            return new MailingList2(slug, additionalProperties());
        }
    }
}
