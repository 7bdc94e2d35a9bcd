package dev.fluentcrm.codegen.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes an overlay a document swagger-parser reads on its own. A bare fragment gets the
 * {@code openapi} and {@code info} a document needs. And since swagger-parser checks an
 * operation's parameters against the components of the same document (two {@code $ref}s it cannot
 * follow look like the same parameter twice), the components of the documents read before are
 * lent to the overlay while it is parsed, and taken out of the result again.
 */
final class Overlays {
    /** What a fragment may hold at its top. */
    private static final Set<String> FRAGMENT_KEYS = Set.of("paths", "components", "tags");
    /** The component sections lent, as named in the document. */
    private static final List<String> SECTIONS =
            List.of("schemas", "parameters", "responses", "requestBodies", "securitySchemes", "examples", "headers");

    private Overlays() {}

    /** The overlay as a document to parse, and the names of the components it borrowed, by section. */
    record Prepared(ObjectNode document, Map<String, Set<String>> borrowed) {
        /** Takes the borrowed components out of the parsed overlay, so that only its own are merged. */
        void withoutBorrowed(OpenAPI parsed) {
            Components components = parsed.getComponents();
            if (components == null) {
                return;
            }
            remove(components.getSchemas(), "schemas");
            remove(components.getParameters(), "parameters");
            remove(components.getResponses(), "responses");
            remove(components.getRequestBodies(), "requestBodies");
            remove(components.getSecuritySchemes(), "securitySchemes");
            remove(components.getExamples(), "examples");
            remove(components.getHeaders(), "headers");
        }

        private void remove(Map<String, ?> section, String name) {
            if (section != null) {
                section.keySet().removeAll(borrowed.getOrDefault(name, Set.of()));
            }
        }
    }

    /** Refuses a version-less overlay that holds more than a fragment may. */
    static void checkFragment(String file, JsonNode tree) {
        tree.fieldNames().forEachRemaining(key -> {
            if (!FRAGMENT_KEYS.contains(key) && !key.startsWith("x-")) {
                throw new SpecException(file + "#" + SpecException.pointer(key) + ": an overlay without 'openapi' is a"
                        + " fragment and may hold only paths, components and tags");
            }
        });
    }

    /** {@code overlay} completed as a document, with the components of {@code earlier} documents it does not define. */
    static Prepared prepare(JsonNode overlay, Collection<JsonNode> earlier) {
        ObjectNode document = overlay.deepCopy();
        if (!document.has("openapi")) {
            document.put("openapi", "3.0.3");
        }
        if (!document.has("info")) {
            document.putObject("info").put("title", "overlay").put("version", "overlay");
        }
        if (!document.has("paths")) {
            document.putObject("paths");
        }
        Map<String, Set<String>> borrowed = new HashMap<>();
        for (JsonNode before : earlier) {
            if (before == overlay) {
                continue;
            }
            for (String section : SECTIONS) {
                before.path("components").path(section).properties().forEach(entry -> {
                    ObjectNode into = document.withObjectProperty("components").withObjectProperty(section);
                    if (!into.has(entry.getKey())) {
                        into.set(entry.getKey(), entry.getValue());
                        borrowed.computeIfAbsent(section, s -> new HashSet<>()).add(entry.getKey());
                    }
                });
            }
        }
        return new Prepared(document, borrowed);
    }
}
