package dev.fluentcrm.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The bundle the build wrote to {@code target/}, and the reference material beside the repo. */
final class BundledSpec {
    static final Path YAML = Path.of("target", "fluentcrm-openapi.yaml");
    static final Path JSON = Path.of("target", "fluentcrm-openapi.json");
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private static JsonNode document;

    private BundledSpec() {}

    static synchronized JsonNode document() {
        if (document == null) {
            try {
                document = new ObjectMapper().readTree(JSON.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("Run the build first: " + JSON + " is missing", e);
            }
        }
        return document;
    }

    static Path reference() {
        String configured = System.getProperty("fluentcrm.reference");
        Path path = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "reference");
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("The reference material is missing at " + path.toAbsolutePath());
        }
        return path.normalize();
    }

    /** One operation of the bundle with where it sits. */
    record Operation(String method, String path, JsonNode node) {
        String pointer() {
            return "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method;
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document()
                .path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    if (METHODS.contains(op.getKey())) {
                        operations.add(new Operation(op.getKey(), path.getKey(), op.getValue()));
                    }
                }));
        return operations;
    }

    static void forEachOperation(Consumer<Operation> action) {
        operations().forEach(action);
    }

    /** Follows a local {@code $ref} (only local ones exist in the bundle). */
    static JsonNode deref(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 20; hops++) {
            current = document().at(current.get("$ref").asText().substring(1));
        }
        return current;
    }
}
