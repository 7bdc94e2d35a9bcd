package dev.fluentcrm.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every named schema and every 2xx response has an example, and each example is valid. */
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
    void theValidatorRejectsAWrongExample() {
        // Guards the two tests above against a validator that accepts everything.
        JsonNode wrong = new ObjectMapper().createObjectNode().put("message", 42);
        assertThat(validation.validate("/components/schemas/Message", wrong)).isNotEmpty();
        JsonNode nullPage = new ObjectMapper().createObjectNode().putNull("total");
        assertThat(validation.validate("/components/schemas/Paginator", nullPage))
                .isNotEmpty();
    }
}
