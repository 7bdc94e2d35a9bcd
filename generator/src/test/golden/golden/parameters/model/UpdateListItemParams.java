package golden.parameters.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.LinkedHashMap;
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
    public static final class Builder {
        private UpdateListItemForceUpdate forceUpdate;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(UpdateListItemParams source) {
            this.forceUpdate = source.forceUpdate;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        public Builder forceUpdate(UpdateListItemForceUpdate forceUpdate) {
            this.forceUpdate = forceUpdate;
            return this;
        }

        /**
         * Sets a property the spec does not list; it is sent as given.
         */
        public Builder additionalProperty(String name, Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        public UpdateListItemParams build() {
            if (forceUpdate == null) {
                throw new IllegalStateException(
                        "UpdateListItemParams.forceUpdate is required (JSON property '__force_update')");
            }
            return new UpdateListItemParams(forceUpdate, additionalProperties);
        }
    }
}
