package dev.fluentcrm.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files a spec consists of: itself and every file its {@code $ref}s reach, transitively.
 * They all affect the output, so they all go into the fingerprint; hashing only the top file
 * would miss an edit in {@code schemas/contact.yaml}. A file that cannot be parsed is still
 * listed (its bytes are hashed); the generator reports what is wrong with it.
 */
final class SpecReferences {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SpecReferences() {}

    /** {@code spec} first, then referenced files in the order they are first met. */
    static List<Path> files(Path spec) {
        Set<Path> seen = new LinkedHashSet<>();
        visit(spec.toAbsolutePath().normalize(), seen);
        return new ArrayList<>(seen);
    }

    private static void visit(Path file, Set<Path> seen) {
        if (!seen.add(file) || !Files.isRegularFile(file)) {
            return;
        }
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException | RuntimeException e) {
            return;
        }
        List<Path> referenced = new ArrayList<>();
        collect(root, file, referenced);
        referenced.forEach(next -> visit(next, seen));
    }

    private static void collect(JsonNode node, Path file, List<Path> out) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                Path target = resolve(file, ref.asText());
                if (target != null) {
                    out.add(target);
                }
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), file, out);
            }
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, file, out));
        }
    }

    /** The local file a reference points into, or null for a reference within the file or to a URL. */
    private static Path resolve(Path file, String ref) {
        int hash = ref.indexOf('#');
        String location = hash < 0 ? ref : ref.substring(0, hash);
        if (location.isEmpty() || location.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
            return null;
        }
        try {
            URI resolved = file.toUri().resolve(location);
            return "file".equals(resolved.getScheme()) ? Path.of(resolved).normalize() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
