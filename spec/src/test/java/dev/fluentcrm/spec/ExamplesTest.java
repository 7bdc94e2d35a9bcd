package dev.fluentcrm.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every named schema and every 2xx response has an example, and every example anywhere in the
 * document (schemas, request bodies, parameters, headers, error responses, named examples) is
 * valid against the schema it illustrates.
 */
class ExamplesTest {
    private final JsonNode document = BundledSpec.document();
    private final SchemaValidation validation = new SchemaValidation(document);

    @Test
    void everyComponentSchemaHasAValidExample() {
        List<String> problems = new ArrayList<>();
        document.path("components").path("schemas").fields().forEachRemaining(entry -> {
            String pointer = "/components/schemas/" + entry.getKey();
            if (!entry.getValue().has("example")) {
                problems.add(pointer + ": has no example");
                return;
            }
            validation
                    .validate(pointer, entry.getValue().get("example"))
                    .forEach(message -> problems.add(pointer + "/example: " + message));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everySuccessResponseHasAValidExample() {
        List<String> problems = new ArrayList<>();
        BundledSpec.forEachOperation(op -> op.node().path("responses").fields().forEachRemaining(response -> {
            if (!response.getKey().startsWith("2")) {
                return;
            }
            String responsePointer = op.pointer() + "/responses/" + response.getKey();
            response.getValue().path("content").fields().forEachRemaining(media -> {
                String mediaPointer =
                        responsePointer + "/content/" + media.getKey().replace("/", "~1");
                if (!media.getValue().has("example")) {
                    problems.add(op + " " + mediaPointer + ": has no example");
                    return;
                }
                validation
                        .validate(mediaPointer + "/schema", media.getValue().get("example"))
                        .forEach(message -> problems.add(op + " " + mediaPointer + "/example: " + message));
            });
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyExampleInTheDocumentIsValid() {
        List<String> problems = new ArrayList<>();
        int checked = walk(document, "", problems);
        assertThat(problems).isEmpty();
        // The document holds 676 examples (component and 2xx ones, and about 165 more on request
        // bodies, parameters and error responses): a walk that found far fewer has lost its way.
        assertThat(checked).isGreaterThan(600);
    }

    /**
     * Validates the examples of {@code node} and below; returns how many were checked. An object
     * with {@code schema} (a media type, a parameter, a header) is illustrated by its
     * {@code example} and by the {@code value}s of its {@code examples}; any other object with an
     * {@code example} is a schema illustrating itself.
     */
    private int walk(JsonNode node, String pointer, List<String> problems) {
        return walk(node, pointer, false, problems);
    }

    /** {@code nameMap}: the keys of {@code node} are names (of properties), not keywords. */
    private int walk(JsonNode node, String pointer, boolean nameMap, List<String> problems) {
        int checked = 0;
        if (node.isObject()) {
            if (!nameMap) {
                String schema = node.has("schema") ? pointer + "/schema" : looksLikeSchema(node) ? pointer : null;
                if (schema != null && node.has("example")) {
                    checked++;
                    check(schema, node.get("example"), pointer + "/example", problems);
                }
                if (node.has("schema") && node.path("examples").isObject()) {
                    var named = node.get("examples").fields();
                    while (named.hasNext()) {
                        var entry = named.next();
                        JsonNode example = BundledSpec.deref(entry.getValue());
                        if (example.has("value")) {
                            checked++;
                            check(
                                    schema,
                                    example.get("value"),
                                    pointer + "/examples/" + escape(entry.getKey()) + "/value",
                                    problems);
                        }
                    }
                }
            }
            var fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                String key = field.getKey();
                boolean data = key.equals("example")
                        || key.equals("examples")
                        || key.equals("enum")
                        || key.equals("default")
                        || key.startsWith("x-");
                if (!nameMap && data) {
                    continue;
                }
                checked += walk(
                        field.getValue(), pointer + "/" + escape(key), !nameMap && key.equals("properties"), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checked += walk(node.get(i), pointer + "/" + i, false, problems);
            }
        }
        return checked;
    }

    private void check(String schemaPointer, JsonNode example, String examplePointer, List<String> problems) {
        validation.validate(schemaPointer, example).forEach(message -> problems.add(examplePointer + ": " + message));
    }

    private static boolean looksLikeSchema(JsonNode node) {
        for (String key : List.of(
                "type", "properties", "items", "$ref", "allOf", "anyOf", "oneOf", "additionalProperties", "enum")) {
            if (node.has(key)) {
                return true;
            }
        }
        return false;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    @Test
    void theValidatorRejectsAWrongExample() {
        // Guards the two tests above against a validator that accepts everything.
        JsonNode wrong = new ObjectMapper().createObjectNode().put("message", 42);
        assertThat(validation.validate("/components/schemas/Message", wrong)).isNotEmpty();
        JsonNode nullPage = new ObjectMapper().createObjectNode().putNull("total");
        assertThat(validation.validate("/components/schemas/Paginator", nullPage))
                .isNotEmpty();
    }
}
