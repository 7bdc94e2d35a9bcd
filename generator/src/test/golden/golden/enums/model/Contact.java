package golden.enums.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code Contact} object.
 *
 * @param id the {@code id} property
 * @param status Where a contact stands; FluentCRM adds values over time.
 * @param source How the contact arrived.
 * @param channels the {@code channels} property
 * @param priority the {@code priority} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record Contact(@JsonProperty("id") Long id, @JsonProperty("status") ContactStatus status,
        @JsonProperty("source") ContactSource source,
        @JsonProperty("channels") List<ContactChannel> channels,
        @JsonProperty("priority") Long priority,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Contact {
        channels = Immutable.list(channels);
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
     * Builds {@link Contact}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long id;

        private ContactStatus status;

        private ContactSource source;

        private List<ContactChannel> channels;

        private Long priority;

        private Builder() {
        }

        private Builder(Contact source) {
            super(source.additionalProperties);
            this.id = source.id;
            this.status = source.status;
            this.source = source.source;
            this.channels = source.channels;
            this.priority = source.priority;
        }

        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        public Builder status(ContactStatus status) {
            this.status = status;
            return this;
        }

        public Builder source(ContactSource source) {
            this.source = source;
            return this;
        }

        public Builder channels(List<ContactChannel> channels) {
            this.channels = channels;
            return this;
        }

        public Builder priority(Long priority) {
            this.priority = priority;
            return this;
        }

        public Contact build() {
            return new Contact(id, status, source, channels, priority, additionalProperties());
        }
    }
}
