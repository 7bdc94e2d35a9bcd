package dev.fluentcrm.codegen.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fluentcrm.codegen.model.Availability;
import dev.fluentcrm.codegen.model.Requirement;
import io.swagger.v3.core.util.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the two extensions that say what an operation needs from a site:
 * {@code x-fluentcrm-availability} (which releases register it) and {@code x-fluentcrm-requires}
 * (modules to switch on, plugins to install). Both may be absent; a value of the wrong shape is a
 * {@link SpecException} naming the file and the JSON pointer of the offending entry.
 */
final class OperationNeedsReader {
    static final String AVAILABILITY = "x-fluentcrm-availability";
    static final String REQUIRES = "x-fluentcrm-requires";

    private static final Set<String> AVAILABILITY_KEYS = Set.of("registeredIn", "notRegisteredIn", "since");
    /** A WordPress plugin slug as wordpress.org spells them. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final SpecLoader.LoadedSpec loaded;

    OperationNeedsReader(SpecLoader.LoadedSpec loaded) {
        this.loaded = loaded;
    }

    Availability availability(Map<String, Object> extensions, String where) {
        Object raw = extensions == null ? null : extensions.get(AVAILABILITY);
        if (raw == null) {
            return Availability.UNKNOWN;
        }
        String at = where + "/" + AVAILABILITY;
        Map<String, Object> map = mapping(raw, at);
        for (String key : map.keySet()) {
            if (!AVAILABILITY_KEYS.contains(key)) {
                throw fail(at + "/" + key, "unknown key '" + key + "' (expected registeredIn, notRegisteredIn, since)");
            }
        }
        return new Availability(
                releases(map.get("registeredIn"), at + "/registeredIn"),
                releases(map.get("notRegisteredIn"), at + "/notRegisteredIn"),
                map.containsKey("since") ? text(map.get("since"), at + "/since") : null);
    }

    List<Requirement> requires(Map<String, Object> extensions, String where) {
        Object raw = extensions == null ? null : extensions.get(REQUIRES);
        if (raw == null) {
            return List.of();
        }
        String at = where + "/" + REQUIRES;
        if (!(normalized(raw) instanceof List<?> entries)) {
            throw fail(at, "expected a list of {module, enable} or {plugin} mappings");
        }
        List<Requirement> requirements = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            requirements.add(requirement(entries.get(i), at + "/" + i));
        }
        return List.copyOf(requirements);
    }

    private Requirement requirement(Object raw, String at) {
        Map<String, Object> entry = mapping(raw, at);
        if (entry.containsKey("module") && entry.containsKey("plugin")) {
            throw fail(at, "an entry names either a module or a plugin, not both");
        }
        if (entry.containsKey("module")) {
            onlyKeys(entry, at, Set.of("module", "enable"));
            if (!entry.containsKey("enable")) {
                throw fail(at, "module '" + entry.get("module") + "' needs 'enable', saying how to switch it on");
            }
            return new Requirement.Module(
                    text(entry.get("module"), at + "/module"), text(entry.get("enable"), at + "/enable"));
        }
        if (entry.containsKey("plugin")) {
            onlyKeys(entry, at, Set.of("plugin"));
            String slug = text(entry.get("plugin"), at + "/plugin");
            if (!SLUG.matcher(slug).matches()) {
                throw fail(
                        at + "/plugin", "'" + slug + "' is not a WordPress plugin slug (lower case, digits, dashes)");
            }
            return new Requirement.Plugin(slug);
        }
        throw fail(at, "expected a 'module' (with 'enable') or a 'plugin' key");
    }

    private void onlyKeys(Map<String, Object> entry, String at, Set<String> allowed) {
        for (String key : entry.keySet()) {
            if (!allowed.contains(key)) {
                throw fail(
                        at + "/" + key,
                        "unknown key '" + key + "' (expected "
                                + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private List<String> releases(Object raw, String at) {
        if (raw == null) {
            return List.of();
        }
        if (!(normalized(raw) instanceof List<?> list)) {
            throw fail(at, "expected a list of release names like 'FluentCRM 2.9.84 + FluentCampaign Pro 2.8.45'");
        }
        List<String> releases = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            releases.add(text(list.get(i), at + "/" + i));
        }
        return releases;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> mapping(Object raw, String at) {
        if (normalized(raw) instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw fail(at, "expected a mapping");
    }

    private String text(Object raw, String at) {
        if (normalized(raw) instanceof String text && !text.isBlank()) {
            return text.strip();
        }
        throw fail(at, "expected a non-empty string");
    }

    /** swagger-parser hands extensions over as Jackson trees or as plain maps and lists: one form for both. */
    private static Object normalized(Object raw) {
        return raw instanceof JsonNode node ? Json.mapper().convertValue(node, Object.class) : raw;
    }

    private SpecException fail(String pointer, String problem) {
        return new SpecException(loaded.place(pointer) + ": " + problem);
    }
}
