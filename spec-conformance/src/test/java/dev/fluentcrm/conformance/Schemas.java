package dev.fluentcrm.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/** The names of the component schemas of the published document. */
final class Schemas {
    private static Set<String> names;

    private Schemas() {}

    static synchronized Set<String> names() {
        if (names == null) {
            try {
                JsonNode schemas = Json.MAPPER
                        .readTree(Tools.specJson().toFile())
                        .path("components")
                        .path("schemas");
                Set<String> found = new TreeSet<>();
                schemas.fieldNames().forEachRemaining(found::add);
                names = Set.copyOf(found);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }
}
