package golden.overlays_only.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code GetSequencePointsResponse} object.
 *
 * @param points the {@code points} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record GetSequencePointsResponse(@JsonProperty("points") Long points,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public GetSequencePointsResponse {
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
     * Builds {@link GetSequencePointsResponse}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long points;

        private Builder() {
        }

        private Builder(GetSequencePointsResponse source) {
            super(source.additionalProperties);
            this.points = source.points;
        }

        public Builder points(Long points) {
            this.points = points;
            return this;
        }

        public GetSequencePointsResponse build() {
            return new GetSequencePointsResponse(points, additionalProperties());
        }
    }
}
