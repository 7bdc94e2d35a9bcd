package golden.outputs_model_server.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code ImportNotesResponse} object.
 *
 * @param imported the {@code imported} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record ImportNotesResponse(@JsonProperty("imported") Long imported,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public ImportNotesResponse {
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
     * Builds {@link ImportNotesResponse}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long imported;

        private Builder() {
        }

        private Builder(ImportNotesResponse source) {
            super(source.additionalProperties);
            this.imported = source.imported;
        }

        public Builder imported(Long imported) {
            this.imported = imported;
            return this;
        }

        public ImportNotesResponse build() {
            return new ImportNotesResponse(imported, additionalProperties());
        }
    }
}
