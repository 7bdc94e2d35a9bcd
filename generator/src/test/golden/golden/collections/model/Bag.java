package golden.collections.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.fluentcrm.runtime.json.ExtrasBuilder;
import dev.fluentcrm.runtime.json.Immutable;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code Bag} object.
 *
 * @param names the {@code names} property
 * @param matrix the {@code matrix} property
 * @param tags the {@code tags} property
 * @param counts the {@code counts} property
 * @param byId the {@code by_id} property
 * @param groups the {@code groups} property
 * @param anything the {@code anything} property
 * @param freeForm the {@code free_form} property
 * @param untyped the {@code untyped} property
 * @param untypedItems the {@code untyped_items} property
 * @param positions the {@code positions} property
 * @param additionalProperties properties the spec does not list, as the server sent them
 */
@Generated("dev.fluentcrm.codegen.emit.model.RecordEmitter")
public record Bag(@JsonProperty("names") List<String> names,
        @JsonProperty("matrix") List<List<Long>> matrix, @JsonProperty("tags") List<Tag> tags,
        @JsonProperty("counts") Map<String, Long> counts,
        @JsonProperty("by_id") Map<String, Tag> byId,
        @JsonProperty("groups") Map<String, List<Tag>> groups,
        @JsonProperty("anything") Map<String, JsonNode> anything,
        @JsonProperty("free_form") Map<String, JsonNode> freeForm,
        @JsonProperty("untyped") JsonNode untyped,
        @JsonProperty("untyped_items") List<JsonNode> untypedItems,
        @JsonProperty("positions") Map<String, BagPositionsValue> positions,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Bag {
        names = Immutable.list(names);
        matrix = Immutable.list(matrix);
        tags = Immutable.list(tags);
        counts = Immutable.map(counts);
        byId = Immutable.map(byId);
        groups = Immutable.map(groups);
        anything = Immutable.map(anything);
        freeForm = Immutable.map(freeForm);
        untypedItems = Immutable.list(untypedItems);
        positions = Immutable.map(positions);
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
     * Builds {@link Bag}; unset properties stay null and are not sent.
     */
    public static final class Builder extends ExtrasBuilder<Builder> {
        private List<String> names;

        private List<List<Long>> matrix;

        private List<Tag> tags;

        private Map<String, Long> counts;

        private Map<String, Tag> byId;

        private Map<String, List<Tag>> groups;

        private Map<String, JsonNode> anything;

        private Map<String, JsonNode> freeForm;

        private JsonNode untyped;

        private List<JsonNode> untypedItems;

        private Map<String, BagPositionsValue> positions;

        private Builder() {
        }

        private Builder(Bag source) {
            super(source.additionalProperties);
            this.names = source.names;
            this.matrix = source.matrix;
            this.tags = source.tags;
            this.counts = source.counts;
            this.byId = source.byId;
            this.groups = source.groups;
            this.anything = source.anything;
            this.freeForm = source.freeForm;
            this.untyped = source.untyped;
            this.untypedItems = source.untypedItems;
            this.positions = source.positions;
        }

        public Builder names(List<String> names) {
            this.names = names;
            return this;
        }

        public Builder matrix(List<List<Long>> matrix) {
            this.matrix = matrix;
            return this;
        }

        public Builder tags(List<Tag> tags) {
            this.tags = tags;
            return this;
        }

        public Builder counts(Map<String, Long> counts) {
            this.counts = counts;
            return this;
        }

        public Builder byId(Map<String, Tag> byId) {
            this.byId = byId;
            return this;
        }

        public Builder groups(Map<String, List<Tag>> groups) {
            this.groups = groups;
            return this;
        }

        public Builder anything(Map<String, JsonNode> anything) {
            this.anything = anything;
            return this;
        }

        public Builder freeForm(Map<String, JsonNode> freeForm) {
            this.freeForm = freeForm;
            return this;
        }

        public Builder untyped(JsonNode untyped) {
            this.untyped = untyped;
            return this;
        }

        public Builder untypedItems(List<JsonNode> untypedItems) {
            this.untypedItems = untypedItems;
            return this;
        }

        public Builder positions(Map<String, BagPositionsValue> positions) {
            this.positions = positions;
            return this;
        }

        public Bag build() {
            return new Bag(names, matrix, tags, counts, byId, groups, anything, freeForm, untyped,
                    untypedItems, positions, additionalProperties());
        }
    }
}
