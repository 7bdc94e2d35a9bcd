package dev.fluentcrm.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Examples hold only keys their schema declares. Schemas allow unknown keys (the server adds
 * {@code __bench}), but strict validators, Redocly's among them, treat an example key that no
 * {@code properties} (of the schema, its {@code allOf} parts or any {@code oneOf}/{@code anyOf}
 * branch) names as an error, unless {@code additionalProperties} gives the extra keys a schema.
 */
class DeclaredKeysTest {
    private final JsonNode document = BundledSpec.document();

    @Test
    void everyExampleKeyIsDeclared() {
        List<String> problems = new ArrayList<>();
        document.path("components").path("schemas").properties().forEach(entry -> {
            String pointer = "/components/schemas/" + entry.getKey();
            check(entry.getValue(), entry.getValue().path("example"), pointer + "/example", problems);
        });
        BundledSpec.forEachOperation(op -> {
            op.node()
                    .path("requestBody")
                    .path("content")
                    .properties()
                    .forEach(media -> checkMedia(
                            media.getValue(),
                            op.pointer() + "/requestBody/content/" + escape(media.getKey()),
                            problems));
            op.node()
                    .path("responses")
                    .properties()
                    .forEach(response -> BundledSpec.deref(response.getValue())
                            .path("content")
                            .properties()
                            .forEach(media -> checkMedia(
                                    media.getValue(),
                                    op.pointer() + "/responses/" + response.getKey() + "/content/"
                                            + escape(media.getKey()),
                                    problems)));
        });
        document.path("components")
                .path("responses")
                .properties()
                .forEach(response -> response.getValue()
                        .path("content")
                        .properties()
                        .forEach(media -> checkMedia(
                                media.getValue(),
                                "/components/responses/" + response.getKey() + "/content/" + escape(media.getKey()),
                                problems)));
        assertThat(problems).isEmpty();
    }

    @Test
    void anUndeclaredKeyIsFound() {
        // Guards the test above against a check that accepts everything.
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode tag = mapper.createObjectNode()
                .put("id", 1)
                .put("title", "VIP")
                .put("slug", "vip")
                .put("__bench", 0.01);
        List<String> problems = new ArrayList<>();
        check(document.at("/components/schemas/Tag"), tag, "/x", problems);
        assertThat(problems).singleElement().asString().contains("/x/__bench");
    }

    private void checkMedia(JsonNode media, String pointer, List<String> problems) {
        if (media.has("example")) {
            check(media.path("schema"), media.get("example"), pointer + "/example", problems);
        }
    }

    private void check(JsonNode schemaOrRef, JsonNode example, String pointer, List<String> problems) {
        JsonNode schema = BundledSpec.deref(schemaOrRef);
        if (example.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            collect(schema, "items", items);
            for (int i = 0; i < example.size(); i++) {
                if (!items.isEmpty()) {
                    check(items.get(0), example.get(i), pointer + "/" + i, problems);
                }
            }
            return;
        }
        if (!example.isObject() || isUntyped(schema)) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : example.properties()) {
            String child = pointer + "/" + escape(field.getKey());
            JsonNode property = property(schema, field.getKey());
            if (property != null) {
                check(property, field.getValue(), child, problems);
                continue;
            }
            List<JsonNode> additional = new ArrayList<>();
            collect(schema, "additionalProperties", additional);
            if (additional.isEmpty()) {
                problems.add(child + ": the key is declared by no properties of its schema");
            } else if (additional.get(0).isObject()) {
                check(additional.get(0), field.getValue(), child, problems);
            }
        }
    }

    /** The schema of a property from the schema, its allOf parts or its oneOf/anyOf branches. */
    private static JsonNode property(JsonNode schemaOrRef, String name) {
        JsonNode schema = BundledSpec.deref(schemaOrRef);
        if (schema.path("properties").has(name)) {
            return schema.path("properties").get(name);
        }
        for (String composition : new String[] {"allOf", "oneOf", "anyOf"}) {
            for (JsonNode part : schema.path(composition)) {
                JsonNode found = property(part, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Every value of {@code keyword} in the schema, its allOf parts and oneOf/anyOf branches. */
    private static void collect(JsonNode schemaOrRef, String keyword, List<JsonNode> found) {
        JsonNode schema = BundledSpec.deref(schemaOrRef);
        JsonNode value = schema.get(keyword);
        if (value != null && !(value.isBoolean() && !value.asBoolean())) {
            found.add(value);
        }
        for (String composition : new String[] {"allOf", "oneOf", "anyOf"}) {
            for (JsonNode part : schema.path(composition)) {
                collect(part, keyword, found);
            }
        }
    }

    /** A schema that says nothing of its keys: any value is what it means. */
    private static boolean isUntyped(JsonNode schema) {
        for (String keyword : new String[] {
            "type", "properties", "additionalProperties", "allOf", "oneOf", "anyOf", "items", "enum", "$ref"
        }) {
            if (schema.has(keyword)) {
                return false;
            }
        }
        return true;
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
