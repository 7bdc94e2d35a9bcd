package dev.fluentcrm.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds in our document the schemas a generator's message is about when the message itself
 * names no place: OpenAPI Generator's warnings about a validation keyword on the wrong type and
 * about an allOf part that is not a model say what, but not where.
 */
final class Locator {
    private static final Pattern KEYWORD_ON_TYPE =
            Pattern.compile("Validation '(\\w+)' has no effect on schema '(\\w+)'");
    private static final Pattern ALL_OF_NOT_MODEL =
            Pattern.compile("allOf schema .* containing multiple types \\(not model\\)");
    private static final int MAX_PLACES = 5;

    private Locator() {}

    /** Places ({@code file:line (#pointer)}) of the schemas the message is about; empty when unknown. */
    static List<String> places(String message) {
        Matcher keyword = KEYWORD_ON_TYPE.matcher(message);
        if (keyword.find()) {
            String name = keyword.group(1);
            String type = keyword.group(2);
            return find(schema -> schema.has(name) && type.equals(effectiveType(schema)));
        }
        if (ALL_OF_NOT_MODEL.matcher(message).find()) {
            return find(schema -> {
                for (JsonNode part : schema.path("allOf")) {
                    if (!part.has("$ref") && !part.has("properties") && !part.has("allOf")) {
                        return true;
                    }
                }
                return schema.has("allOf") && schema.has("nullable");
            });
        }
        return List.of();
    }

    /** The type a generator infers: the declared one, else object for properties/additionalProperties, array for items. */
    private static String effectiveType(JsonNode schema) {
        if (schema.has("type")) {
            return schema.get("type").asText();
        }
        if (schema.has("properties") || schema.has("additionalProperties")) {
            return "object";
        }
        return schema.has("items") ? "array" : "";
    }

    private static List<String> find(Predicate<JsonNode> matches) {
        List<String> places = new ArrayList<>();
        try {
            walk(Json.MAPPER.readTree(Tools.specJson().toFile()), "", matches, places);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return places;
    }

    private static void walk(JsonNode node, String pointer, Predicate<JsonNode> matches, List<String> places) {
        if (places.size() >= MAX_PLACES) {
            return;
        }
        if (node.isObject()) {
            if (matches.test(node) && !pointer.isEmpty()) {
                places.add(SpecLines.ofYamlBundle().place(pointer));
            }
            node.properties().forEach(field -> {
                if (!field.getKey().equals("example") && !field.getKey().equals("examples")) {
                    walk(field.getValue(), pointer + "/" + SpecLines.escape(field.getKey()), matches, places);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, matches, places);
            }
        }
    }
}
