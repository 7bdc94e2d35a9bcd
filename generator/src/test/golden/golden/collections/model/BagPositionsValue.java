package golden.collections.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.json.Immutable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
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
    public static final class Builder {
        private Double x;

        private BigDecimal y;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(BagPositionsValue source) {
            this.x = source.x;
            this.y = source.y;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        public Builder x(Double x) {
            this.x = x;
            return this;
        }

        public Builder y(BigDecimal y) {
            this.y = y;
            return this;
        }

        /**
         * Sets a property the spec does not list; it is sent as given.
         */
        public Builder additionalProperty(String name, Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        public BagPositionsValue build() {
            return new BagPositionsValue(x, y, additionalProperties);
        }
    }
}
