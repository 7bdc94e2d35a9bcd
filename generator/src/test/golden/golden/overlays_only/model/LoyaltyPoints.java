package golden.overlays_only.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import golden.outputs_testing.model.FormSubmission;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code LoyaltyPoints} object.
 *
 * @param points the {@code points} property
 * @param lastSubmission the {@code lastSubmission} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record LoyaltyPoints(@JsonProperty("points") Long points,
        @JsonProperty("lastSubmission") FormSubmission lastSubmission,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public LoyaltyPoints {
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
     * Builds {@link LoyaltyPoints}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Long points;

        private FormSubmission lastSubmission;

        private Builder() {
        }

        private Builder(LoyaltyPoints source) {
            super(source.additionalProperties);
            this.points = source.points;
            this.lastSubmission = source.lastSubmission;
        }

        public Builder points(Long points) {
            this.points = points;
            return this;
        }

        public Builder lastSubmission(FormSubmission lastSubmission) {
            this.lastSubmission = lastSubmission;
            return this;
        }

        public LoyaltyPoints build() {
            if (points == null) {
                throw new IllegalStateException(
                        "LoyaltyPoints.points is required (JSON property 'points')");
            }
            return new LoyaltyPoints(points, lastSubmission, additionalProperties());
        }
    }
}
