package dev.fluentcrm.conformance;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The line of the YAML bundle where each JSON pointer starts, so that a message can name it. */
final class SpecLines {
    private static SpecLines yaml;

    private final Map<String, Integer> lines = new HashMap<>();

    private SpecLines(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            walk(new Yaml(Yaml11.options()).compose(reader), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized SpecLines ofYamlBundle() {
        if (yaml == null) {
            yaml = new SpecLines(Tools.specYaml());
        }
        return yaml;
    }

    /** The line (from 1) of {@code pointer}, or of the nearest enclosing node that exists. */
    int line(String pointer) {
        String p = pointer.startsWith("#") ? pointer.substring(1) : pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** {@code file:line (#pointer)}, the way every failure names a place in our document. */
    String place(String pointer) {
        String p = pointer.startsWith("#") ? pointer : "#" + pointer;
        return Tools.specName(Tools.specYaml()) + ":" + line(p) + " (" + p + ")";
    }

    /** The place of a named component schema, or of the schemas section when there is none. */
    String schemaPlace(String name) {
        return place("#/components/schemas/" + escape(name));
    }

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private void walk(Node node, String pointer) {
        lines.putIfAbsent(pointer, node.getStartMark().getLine() + 1);
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String child = pointer + "/" + escape(key.getValue());
                    lines.put(child, key.getStartMark().getLine() + 1);
                    walk(tuple.getValueNode(), child);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                walk(sequence.getValue().get(i), pointer + "/" + i);
            }
        }
    }

    /** SnakeYAML, a YAML 1.1 reader, with room for a document of a few megabytes. */
    static final class Yaml11 {
        private Yaml11() {}

        static LoaderOptions options() {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(64 * 1024 * 1024);
            options.setAllowDuplicateKeys(false);
            return options;
        }
    }
}
