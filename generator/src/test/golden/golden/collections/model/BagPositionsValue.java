package golden.collections.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.math.BigDecimal;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code BagPositionsValue} object.
 *
 * @param x the {@code x} property
 * @param y the {@code y} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record BagPositionsValue(@JsonProperty("x") Double x, @JsonProperty("y") BigDecimal y,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public BagPositionsValue {
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
     * Builds {@link BagPositionsValue}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private Double x;

        private BigDecimal y;

        private Builder() {
        }

        private Builder(BagPositionsValue source) {
            super(source.additionalProperties);
            this.x = source.x;
            this.y = source.y;
        }

        public Builder x(Double x) {
            this.x = x;
            return this;
        }

        public Builder y(BigDecimal y) {
            this.y = y;
            return this;
        }

        public BagPositionsValue build() {
            return new BagPositionsValue(x, y, additionalProperties());
        }
    }
}
