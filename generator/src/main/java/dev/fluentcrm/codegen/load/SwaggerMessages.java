package dev.fluentcrm.codegen.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns swagger-parser's problem messages into ours: {@code file#/json/pointer: what is wrong}.
 * swagger-parser names a place in its own dotted syntax ({@code paths.'/x'(get).responses},
 * {@code parameters.[name]}, array items without an index); the tree the loader already read
 * settles what that syntax leaves open (a dot inside a name, which array item is meant). What
 * cannot be found in the tree is kept in words after the deepest place that could.
 */
final class SwaggerMessages {
    /** {@code attribute <place> is missing}, {@code ... is not of type `x`}, {@code ... is unexpected}, ... */
    private static final Pattern ATTRIBUTE = Pattern.compile("(?s)attribute (.+?) ((?:is|with) .*)");
    /** {@code components.schemas.Schema name <name> doesn't adhere to ...}. */
    private static final Pattern COMPONENT_NAME =
            Pattern.compile("(?s)components\\.(\\w+)\\.Schema name (.+?) (doesn't adhere .*)");
    /** {@code <place>.$ref target <ref> is not of expected type ...}. */
    private static final Pattern REF_TARGET = Pattern.compile("(?s)(.+?)\\.\\$ref target (\\S+) (.*)");
    /** {@code <place>. <sentence>}. */
    private static final Pattern SENTENCE = Pattern.compile("(?s)(.+?)\\. (\\p{Lu}.*)");

    private SwaggerMessages() {}

    /**
     * swagger-parser's messages about {@code file}, whose tree is {@code tree}, each as {@code
     * file#pointer: what}. The same message twice is about two items of an array it gives no
     * index for (two tags without a name): the second is placed at the second such item.
     */
    static List<String> translate(String file, JsonNode tree, List<String> messages) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (String message : messages) {
            int earlier = seen.merge(message, 1, Integer::sum) - 1;
            out.add(translate(file, tree, message, earlier));
        }
        return out;
    }

    /** One swagger-parser message, as {@code file#pointer: what}. */
    static String translate(String file, JsonNode tree, String message) {
        return translate(file, tree, message, 0);
    }

    private static String translate(String file, JsonNode tree, String message, int earlier) {
        Matcher m = ATTRIBUTE.matcher(message);
        if (m.matches()) {
            boolean missing = m.group(2).equals("is missing");
            Place place = locate(tree, m.group(1), missing ? Want.ABSENT : Want.PRESENT, null, earlier);
            String what = missing ? "is required but missing" : m.group(2);
            return place.text(file, "'" + place.lastKey + "' " + what);
        }
        m = COMPONENT_NAME.matcher(message);
        if (m.matches()) {
            String pointer = SpecException.pointer("components", m.group(1), m.group(2));
            return file + "#" + pointer + ": the name '" + m.group(2) + "' " + m.group(3);
        }
        m = REF_TARGET.matcher(message);
        if (m.matches()) {
            Place place = locate(tree, m.group(1) + ".$ref", Want.PRESENT, m.group(2), earlier);
            return place.text(file, "$ref '" + m.group(2) + "': the target " + m.group(3));
        }
        m = SENTENCE.matcher(message);
        if (m.matches()) {
            return locate(tree, m.group(1), Want.PRESENT, null, earlier).text(file, m.group(2));
        }
        // A message with no place swagger-parser could name: about the document as a whole.
        return file + "#: " + message;
    }

    /** What the last step of a place must find in an array item when swagger-parser gives no index. */
    private enum Want {
        PRESENT,
        ABSENT
    }

    /** A JSON pointer into the tree, and what of swagger-parser's place could not be followed. */
    private record Place(String pointer, String rest, String lastKey) {
        String text(String file, String what) {
            return file + "#" + pointer + ": " + (rest.isEmpty() ? "" : "(at '" + rest + "' inside) ") + what;
        }
    }

    /** Splits swagger-parser's place into its steps: dots outside quotes and brackets, {@code (get)} as its own step. */
    static List<String> steps(String place) {
        List<String> steps = new ArrayList<>();
        StringBuilder step = new StringBuilder();
        boolean quoted = false;
        int brackets = 0;
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
            if (c == '\'' && brackets == 0) {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                brackets++;
                step.append(c);
            } else if (!quoted && c == ']' && brackets > 0) {
                brackets--;
                step.append(c);
            } else if (!quoted && brackets == 0 && c == '(' && place.indexOf(')', i) > i) {
                steps.add(step.toString());
                step.setLength(0);
                int close = place.indexOf(')', i);
                steps.add(place.substring(i + 1, close));
                i = close;
                if (i + 1 < place.length() && place.charAt(i + 1) == '.') {
                    i++;
                }
                continue;
            } else if (!quoted && brackets == 0 && c == '.') {
                steps.add(step.toString());
                step.setLength(0);
            } else {
                step.append(c);
            }
        }
        if (!step.isEmpty()) {
            steps.add(step.toString());
        }
        steps.removeIf(String::isEmpty);
        return steps;
    }

    /**
     * Follows {@code place} through {@code tree}. A step that is no key of a mapping may be
     * several steps whose name holds dots ({@code components.schemas.a.b}); a step into an array
     * is {@code [name]} (the parameter of that name), an index, or a key that one of the items
     * has ({@code want}: or lacks, for something missing; {@code refTarget}: holds that $ref),
     * after the {@code earlier} items the same message was about.
     */
    private static Place locate(JsonNode tree, String place, Want want, String refTarget, int earlier) {
        List<String> steps = steps(place);
        StringBuilder pointer = new StringBuilder();
        JsonNode node = tree;
        int i = 0;
        while (i < steps.size()) {
            boolean last = i == steps.size() - 1;
            if (node != null && node.isObject()) {
                int taken = 0;
                for (int j = steps.size(); j > i; j--) {
                    String key = String.join(".", steps.subList(i, j));
                    if (node.has(key) || (j == steps.size() && j == i + 1 && want == Want.ABSENT)) {
                        pointer.append(SpecException.pointer(key));
                        node = node.get(key);
                        taken = j - i;
                        break;
                    }
                }
                if (taken == 0 && steps.get(i).equals("schemas") && node.has("schema")) {
                    // swagger-parser's name for a parameter's schema.
                    pointer.append("/schema");
                    node = node.get("schema");
                    taken = 1;
                }
                if (taken == 0) {
                    break;
                }
                i += taken;
            } else if (node != null && node.isArray()) {
                int index = item(node, steps.get(i), last ? null : steps.get(i + 1), want, refTarget, earlier);
                if (index < 0) {
                    break;
                }
                pointer.append('/').append(index);
                node = node.get(index);
                boolean named = steps.get(i).startsWith("[") || steps.get(i).matches("\\d+");
                if (named) {
                    i++;
                }
            } else {
                break;
            }
        }
        if (i == steps.size() - 1 && want == Want.PRESENT && node != null) {
            // swagger-parser leaves out some steps inside a schema (properties.x, allOf.0): the
            // key is the first one of that name below, in document order.
            String below = below(node, steps.get(i), refTarget);
            if (below != null) {
                pointer.append(below);
                i++;
            }
        }
        String rest = String.join(".", steps.subList(i, steps.size()));
        String lastKey = steps.isEmpty() ? "" : steps.get(steps.size() - 1);
        return new Place(pointer.toString(), rest, lastKey);
    }

    /** The pointer, relative to {@code node}, of the first {@code key} below it (holding {@code refTarget} if given); null if none. */
    private static String below(JsonNode node, String key, String refTarget) {
        if (node.isObject()) {
            JsonNode value = node.get(key);
            if (value != null && (refTarget == null || refTarget.equals(value.asText(null)))) {
                return SpecException.pointer(key);
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String found = below(field.getValue(), key, refTarget);
                if (found != null) {
                    return SpecException.pointer(field.getKey()) + found;
                }
            }
        } else if (node.isArray()) {
            for (int k = 0; k < node.size(); k++) {
                String found = below(node.get(k), key, refTarget);
                if (found != null) {
                    return "/" + k + found;
                }
            }
        }
        return null;
    }

    /** The index of the item in {@code array} that {@code step} (and the step after it) means; -1 if none. */
    private static int item(JsonNode array, String step, String next, Want want, String refTarget, int earlier) {
        if (step.matches("\\d+")) {
            int index = Integer.parseInt(step);
            return index < array.size() ? index : -1;
        }
        if (step.startsWith("[") && step.endsWith("]")) {
            String name = step.substring(1, step.length() - 1);
            for (int k = 0; k < array.size(); k++) {
                if (name.equals(array.get(k).path("name").asText(null))) {
                    return k;
                }
            }
            return -1;
        }
        // No index: the step is a key of one of the items (tags.name).
        boolean lastStep = next == null;
        int skip = earlier;
        for (int k = 0; k < array.size(); k++) {
            JsonNode item = array.get(k);
            boolean matches = refTarget != null && step.equals("$ref")
                    ? refTarget.equals(item.path("$ref").asText(null))
                    : lastStep && want == Want.ABSENT ? !item.has(step) : item.has(step);
            if (matches && skip-- == 0) {
                return k;
            }
        }
        return -1;
    }
}
