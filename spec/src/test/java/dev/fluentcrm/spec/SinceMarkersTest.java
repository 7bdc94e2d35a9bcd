package dev.fluentcrm.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code x-fluentcrm-since} (spec/README.md) marks a request key that only releases newer than
 * {@code info.version} read: its value is a release number or {@code newer}, and the key's own
 * description says so in words.
 */
class SinceMarkersTest {
    private static final Pattern RELEASE = Pattern.compile("[0-9]+(\\.[0-9]+){1,3}");

    @Test
    void everySinceMarkerNamesAReleaseAndIsExplained() {
        List<String> problems = new ArrayList<>();
        List<String> found = new ArrayList<>();
        visit(BundledSpec.document(), "", problems, found);
        assertThat(problems).isEmpty();
        // The keys 2.9.84 / Pro 2.8.45 ignore but newer releases read (see the request-side review).
        assertThat(found).contains("/components/schemas/ExperimentalSettings/properties/sms_module");
        assertThat(found).anyMatch(at -> at.startsWith("/paths/~1subscribers/get/parameters/"));
        assertThat(found).anyMatch(at -> at.startsWith("/paths/~1recurring-campaigns/get/parameters/"));
    }

    private static void visit(JsonNode node, String pointer, List<String> problems, List<String> found) {
        if (node.isObject()) {
            JsonNode since = node.get("x-fluentcrm-since");
            if (since != null) {
                found.add(pointer);
                String value = since.asText();
                if (!since.isTextual()
                        || !(value.equals("newer") || RELEASE.matcher(value).matches())) {
                    problems.add(
                            pointer + "/x-fluentcrm-since: '" + since + "' is neither a release number nor 'newer'");
                }
                String description = node.path("description").asText().toLowerCase(Locale.ROOT);
                if (!description.contains("newer") && !description.contains(value)) {
                    problems.add(pointer + ": the description does not say which releases read the key");
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                visit(
                        field.getValue(),
                        pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"),
                        problems,
                        found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                visit(node.get(i), pointer + "/" + i, problems, found);
            }
        }
    }
}
