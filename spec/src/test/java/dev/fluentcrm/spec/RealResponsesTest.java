package dev.fluentcrm.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bodies captured from a live FluentCRM validate against the schema the spec declares for
 * that operation and status: the spec describes what the server really sends.
 */
class RealResponsesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SchemaValidation validation = new SchemaValidation(BundledSpec.document());

    static Stream<Arguments> captures() throws IOException {
        Path dir = BundledSpec.reference().resolve("real-responses");
        List<Arguments> rows = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("_index.tsv"))
                .subList(1, Files.readAllLines(dir.resolve("_index.tsv")).size())) {
            String[] c = line.split("\t");
            rows.add(Arguments.of(c[0], Integer.parseInt(c[1]), c[4], c[5], dir.resolve(c[0] + ".json")));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {2} {3} -> {1}")
    @MethodSource("captures")
    void captureMatchesTheDeclaredResponse(String name, int status, String method, String path, Path body)
            throws IOException {
        JsonNode value = JSON.readTree(body.toFile());
        Optional<BundledSpec.Operation> operation = BundledSpec.operations().stream()
                .filter(op -> op.method().equalsIgnoreCase(method) && matches(op.path(), path))
                .findFirst();
        if (operation.isEmpty()) {
            // A path WordPress does not know: the answer is WordPress's own error body.
            assertThat(status).isEqualTo(404);
            assertThat(validation.validate("/components/schemas/WpError", value))
                    .isEmpty();
            return;
        }
        BundledSpec.Operation op = operation.get();
        String code = String.valueOf(status);
        JsonNode responses = op.node().path("responses");
        assertThat(responses.has(code))
                .as("%s declares a %s response", op, code)
                .isTrue();
        String pointer = op.pointer() + "/responses/" + code;
        JsonNode response = responses.get(code);
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
        }
        String schemaPointer = pointer + "/content/application~1json/schema";
        assertThat(BundledSpec.document().at(schemaPointer).isMissingNode())
                .as("%s %s has an application/json schema", op, code)
                .isFalse();
        assertThat(validation.validate(schemaPointer, value))
                .as("%s against %s", name, schemaPointer)
                .isEmpty();
    }

    /** Whether a concrete path such as /subscribers/1 fits a template such as /subscribers/{id}. */
    private static boolean matches(String template, String concrete) {
        String regex = template.replaceAll("\\{[^}]+}", "[^/]+");
        return concrete.matches(regex);
    }
}
