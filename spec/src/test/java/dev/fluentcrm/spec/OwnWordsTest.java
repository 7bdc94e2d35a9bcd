package dev.fluentcrm.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our prose is our own: no summary or description repeats a run of {@value #RUN} words, or a
 * whole sentence, from the vendor documentation in {@code fluentcrm-docs-openapi/}.
 */
class OwnWordsTest {
    private static final int RUN = 7;
    private static final int WHOLE = 5;

    @Test
    void noProseIsTakenFromTheVendorDocs() throws IOException {
        Map<String, String> vendorRuns = new HashMap<>();
        Map<String, String> vendorSentences = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(BundledSpec.reference().resolve("fluentcrm-docs-openapi"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                forEachProse(json.readTree(file.toFile()), "", (where, text) -> {
                    List<String> words = words(text);
                    for (int i = 0; i + RUN <= words.size(); i++) {
                        vendorRuns.putIfAbsent(
                                String.join(" ", words.subList(i, i + RUN)),
                                file.getFileName().toString());
                    }
                    if (words.size() >= WHOLE) {
                        vendorSentences.putIfAbsent(
                                String.join(" ", words), file.getFileName().toString());
                    }
                });
            }
        }
        List<String> copied = new ArrayList<>();
        forEachProse(BundledSpec.document(), "", (where, text) -> {
            List<String> words = words(text);
            String whole = String.join(" ", words);
            if (vendorSentences.containsKey(whole)) {
                copied.add(where + ": repeats a sentence of " + vendorSentences.get(whole));
                return;
            }
            for (int i = 0; i + RUN <= words.size(); i++) {
                String run = String.join(" ", words.subList(i, i + RUN));
                if (vendorRuns.containsKey(run)) {
                    copied.add(where + ": repeats '" + run + "' from " + vendorRuns.get(run));
                    return;
                }
            }
        });
        assertThat(copied).isEmpty();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase().split("[^a-z0-9_]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** Visits every description and summary; property maps are walked as data, not prose. */
    private static void forEachProse(JsonNode node, String pointer, BiConsumer<String, String> visitor) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String at = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                boolean prose =
                        (field.getKey().equals("description") || field.getKey().equals("summary"))
                                && field.getValue().isTextual()
                                && !pointer.endsWith("/properties");
                if (prose) {
                    visitor.accept(at, field.getValue().asText());
                } else if (!field.getKey().equals("example") && !field.getKey().equals("examples")) {
                    forEachProse(field.getValue(), at, visitor);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                forEachProse(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }
}
