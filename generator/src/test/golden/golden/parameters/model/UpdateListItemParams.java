package golden.parameters.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Query parameters of <code>updateListItem</code> (<code>PUT /lists/{list_id}/items/{item_id}</code>). Properties set
 * with <code>additionalProperty</code> are sent as extra query parameters.
 *
 * @param forceUpdate the {@code __force_update} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record UpdateListItemParams(
        @JsonProperty("__force_update") UpdateListItemForceUpdate forceUpdate,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public UpdateListItemParams {
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
     * Builds {@link UpdateListItemParams}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private UpdateListItemForceUpdate forceUpdate;

        private Builder() {
        }

        private Builder(UpdateListItemParams source) {
            super(source.additionalProperties);
            this.forceUpdate = source.forceUpdate;
        }

        public Builder forceUpdate(UpdateListItemForceUpdate forceUpdate) {
            this.forceUpdate = forceUpdate;
            return this;
        }

        public UpdateListItemParams build() {
            if (forceUpdate == null) {
                throw new IllegalStateException(
                        "UpdateListItemParams.forceUpdate is required (JSON property '__force_update')");
            }
            return new UpdateListItemParams(forceUpdate, additionalProperties());
        }
    }
}
