package dev.fluentcrm.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code x-fluentcrm-requires} (spec/README.md): a list of {@code {module, enable}} or
 * {@code {plugin}} mappings, and the description says the same in words.
 */
class RequirementsTest {
    private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** How descriptions name each plugin a requirement may name; a new slug needs its name here. */
    private static final Map<String, String> PLUGIN_NAMES = Map.of(
            "woocommerce", "WooCommerce",
            "fluentform", "Fluent Forms",
            "easy-digital-downloads", "Easy Digital Downloads",
            "sfwd-lms", "LearnDash",
            "fluent-support", "Fluent Support");

    @Test
    void everyRequirementIsWellFormedAndTheDescriptionSaysIt() {
        List<String> problems = new ArrayList<>();
        BundledSpec.forEachOperation(op -> {
            JsonNode requires = op.node().get("x-fluentcrm-requires");
            if (requires == null) {
                return;
            }
            String at = op + " (" + op.pointer() + "/x-fluentcrm-requires)";
            if (!requires.isArray() || requires.isEmpty()) {
                problems.add(at + ": must be a non-empty list");
                return;
            }
            String description = op.node().path("description").asText().toLowerCase(Locale.ROOT);
            for (int i = 0; i < requires.size(); i++) {
                problems.addAll(entryProblems(requires.get(i), at + "/" + i, description));
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theModulesThatAreOffByDefaultAreDeclared() {
        // Found in the 2.9.84 / Pro 2.8.45 code: CompanyPolicy, SmartLinksController::isDisabled,
        // the event tracker's experiment switch, FormsController::create.
        assertThat(requirementOf("post", "/companies")).contains("module:company");
        assertThat(requirementOf("get", "/companies/{id}")).contains("module:company");
        assertThat(requirementOf("post", "/smart-links")).contains("module:smart_links");
        assertThat(requirementOf("post", "/subscribers/track-event")).contains("module:event_tracking");
        assertThat(requirementOf("post", "/forms")).contains("plugin:fluentform");
        assertThat(requirementOf("get", "/campaigns-pro/products")).contains("plugin:woocommerce");
        assertThat(requirementOf("post", "/smart-links/activate")).isEmpty();
        assertThat(requirementOf("get", "/tags")).isEmpty();
    }

    private static List<String> requirementOf(String method, String path) {
        List<String> names = new ArrayList<>();
        BundledSpec.document()
                .path("paths")
                .path(path)
                .path(method)
                .path("x-fluentcrm-requires")
                .forEach(entry -> names.add(
                        entry.has("module")
                                ? "module:" + entry.get("module").asText()
                                : "plugin:" + entry.path("plugin").asText()));
        return names;
    }

    private static List<String> entryProblems(JsonNode entry, String at, String description) {
        List<String> problems = new ArrayList<>();
        if (!entry.isObject()) {
            return List.of(at + ": must be a mapping");
        }
        Set<String> allowed = entry.has("module") ? Set.of("module", "enable") : Set.of("plugin");
        for (Iterator<String> keys = entry.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!allowed.contains(key)) {
                problems.add(at + ": unexpected key '" + key + "' (allowed: " + allowed + ")");
            }
        }
        if (entry.has("module")) {
            String module = entry.get("module").asText();
            if (!entry.get("module").isTextual() || !MODULE.matcher(module).matches()) {
                problems.add(at + "/module: '" + module + "' is not a snake_case module name");
            }
            if (!entry.path("enable").isTextual()
                    || entry.path("enable").asText().isBlank()) {
                problems.add(at + "/enable: must say how to switch the module on");
            }
            String inWords = module.replace('_', ' ');
            if (!description.contains(inWords + " module") && !description.contains(inWords)) {
                problems.add(at + ": the description does not mention the " + inWords + " module");
            }
        } else if (entry.has("plugin")) {
            String slug = entry.get("plugin").asText();
            if (!entry.get("plugin").isTextual() || !SLUG.matcher(slug).matches()) {
                problems.add(at + "/plugin: '" + slug + "' is not a WordPress plugin slug");
            }
            String name = PLUGIN_NAMES.get(slug);
            if (name == null) {
                problems.add(at + "/plugin: no display name known for '" + slug + "' (add it to PLUGIN_NAMES)");
            } else if (!description.contains(name.toLowerCase(Locale.ROOT))) {
                problems.add(at + ": the description does not name " + name);
            }
        } else {
            problems.add(at + ": needs a 'module' (with 'enable') or a 'plugin' key");
        }
        return problems;
    }
}
