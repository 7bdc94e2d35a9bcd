package dev.fluentcrm.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Shared resources are named once: enough named schemas, and no two with the same shape. */
class SchemaShapesTest {
    /** Keys that document a schema without changing what it accepts. */
    private static final Set<String> PROSE = Set.of("description", "example", "title", "externalDocs");

    @Test
    void namedSchemasAreManyAndDistinct() {
        JsonNode schemas = BundledSpec.document().path("components").path("schemas");
        assertThat(schemas.size()).as("named schemas").isGreaterThanOrEqualTo(60);
        Map<String, String> byShape = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        schemas.fields().forEachRemaining(entry -> {
            String shape = shape(entry.getValue()).toString();
            String earlier = byShape.putIfAbsent(shape, entry.getKey());
            if (earlier != null) {
                duplicates.add(entry.getKey() + " has the same shape as " + earlier);
            }
        });
        assertThat(duplicates).isEmpty();
    }

    private static JsonNode shape(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (PROSE.contains(field.getKey())) {
                    it.remove();
                } else if (field.getKey().equals("properties")) {
                    // Property names are data, not prose: a property may well be called "description".
                    field.getValue().forEach(SchemaShapesTest::strip);
                } else {
                    strip(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(SchemaShapesTest::strip);
        }
    }
}
