package dev.fluentcrm.spec.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Merges spec fragments into one document. A fragment contributes operations under
 * {@code paths} and named items under {@code components}; anything defined twice is an error
 * that names both files, because silently letting one win would hide a curation mistake.
 */
final class FragmentMerger {
    private static final Set<String> FRAGMENT_KEYS = Set.of("paths", "components");

    private final ObjectNode document;
    private final Map<String, Path> definedIn = new HashMap<>();

    FragmentMerger(ObjectNode root, Path rootFile) {
        this.document = root;
        recordExisting(root, rootFile);
    }

    ObjectNode document() {
        return document;
    }

    void merge(Path file, JsonNode fragment) {
        if (!fragment.isObject()) {
            throw new SpecBundleException(file + ": a fragment must be a mapping with 'paths' or 'components'");
        }
        for (Iterator<String> keys = fragment.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!FRAGMENT_KEYS.contains(key)) {
                throw new SpecBundleException(
                        file + "#/" + key + ": a fragment may only hold 'paths' and 'components'");
            }
        }
        JsonNode paths = fragment.path("paths");
        paths.properties().forEach(path -> mergePath(file, path.getKey(), path.getValue()));
        JsonNode components = fragment.path("components");
        components
                .properties()
                .forEach(section -> section.getValue()
                        .properties()
                        .forEach(item -> put(file, "/components/" + section.getKey(), item.getKey(), item.getValue())));
    }

    private void mergePath(Path file, String path, JsonNode operations) {
        if (!operations.isObject()) {
            throw new SpecBundleException(file + "#" + pointer("/paths", path) + ": a path item must be a mapping");
        }
        operations.properties().forEach(op -> put(file, pointer("/paths", path), op.getKey(), op.getValue()));
    }

    private void put(Path file, String parentPointer, String name, JsonNode value) {
        String at = pointer(parentPointer, name);
        Path earlier = definedIn.putIfAbsent(at, file);
        if (earlier != null) {
            throw new SpecBundleException(file + "#" + at + ": already defined in " + earlier);
        }
        ObjectNode parent = document;
        for (String segment : parentPointer.substring(1).split("/")) {
            parent = parent.has(unescape(segment))
                    ? (ObjectNode) parent.get(unescape(segment))
                    : parent.putObject(unescape(segment));
        }
        parent.set(name, value);
    }

    private void recordExisting(ObjectNode root, Path rootFile) {
        root.path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .fieldNames()
                        .forEachRemaining(op ->
                                definedIn.put(pointer(pointer("/paths", path.getKey()), op), rootFile)));
        root.path("components")
                .properties()
                .forEach(section -> section.getValue()
                        .fieldNames()
                        .forEachRemaining(
                                item -> definedIn.put(pointer("/components/" + section.getKey(), item), rootFile)));
    }

    /** Appends one JSON-pointer segment, escaped as RFC 6901 requires ({@code /paths/~1tags}). */
    static String pointer(String parent, String segment) {
        return parent + "/" + segment.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
