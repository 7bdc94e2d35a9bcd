package dev.fluentcrm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The YAML bundle reads as the same tree as the JSON bundle in a YAML 1.1 reader (SnakeYAML,
 * which resolves plain scalars as PyYAML, Ruby's Psych and go-yaml v2 do) and in a YAML 1.2
 * reader (js-yaml). A difference names the line of the YAML bundle and what the reader made of it.
 */
class YamlReadersTest {
    private static final int MAX_REPORTED = 20;

    @Test
    void aYaml11ReaderSeesTheJsonTree() throws IOException {
        Path yaml = Tools.specYaml();
        Object loaded;
        try (Reader reader = Files.newBufferedReader(yaml, StandardCharsets.UTF_8)) {
            loaded = new Yaml(SpecLines.Yaml11.options()).load(reader);
        }
        List<String> differences = new ArrayList<>();
        compare(json(), toTree(loaded), "", differences);
        Report.entry("SnakeYAML (YAML 1.1 reader)", snakeYamlVersion(), Tools.specName(yaml))
                .count("differences from the JSON bundle", differences.size())
                .passIf(differences.isEmpty())
                .record();
        assertThat(differences).as("SnakeYAML (YAML 1.1)").isEmpty();
    }

    @Test
    void aYaml12ReaderSeesTheJsonTree() throws IOException {
        Path yaml = Tools.specYaml();
        Path dir = Tools.work("js-yaml");
        Path script = dir.resolve("load.cjs");
        // js-yaml's default schema: YAML 1.2's core schema plus timestamps and merge keys.
        Files.writeString(script, """
                const fs = require('fs');
                const yaml = require('js-yaml');
                const tree = yaml.load(fs.readFileSync(process.argv[2], 'utf8'));
                fs.writeFileSync(process.argv[3], JSON.stringify(tree));
                """);
        Path out = dir.resolve("tree.json");
        Files.deleteIfExists(out);
        Tools.Result load = Tools.run(
                dir,
                Map.of("NODE_PATH", Npm.root().resolve("node_modules").toString()),
                Tools.command("node", script, yaml.toAbsolutePath(), out));
        String version = Npm.version("js-yaml");
        assertThat(load.exitCode())
                .as("js-yaml %s could not load %s:%n%s", version, Tools.specName(yaml), load.output())
                .isZero();
        List<String> differences = new ArrayList<>();
        compare(json(), Json.MAPPER.readTree(out.toFile()), "", differences);
        Report.entry("js-yaml (YAML 1.2 reader)", version, Tools.specName(yaml))
                .count("differences from the JSON bundle", differences.size())
                .passIf(differences.isEmpty())
                .record();
        assertThat(differences).as("js-yaml (YAML 1.2)").isEmpty();
    }

    @Test
    void pyYamlSeesTheJsonTree() throws IOException {
        Path yaml = Tools.specYaml();
        Path dir = Tools.work("pyyaml");
        Tools.Result probe = Tools.run(dir, Tools.command("python3", "-c", "import yaml; print(yaml.__version__)"));
        if (probe.exitCode() != 0) {
            Report.entry("PyYAML (YAML 1.1 reader)", "-", Tools.specName(yaml))
                    .result(Report.NOT_RUN)
                    .note("PyYAML is not installed and no Python package index is reachable from this build")
                    .record();
            System.out.println("PyYAML: not run, not installed (SnakeYAML covers YAML 1.1)");
            return;
        }
        String version = probe.output().strip();
        Path script = dir.resolve("load.py");
        // A value PyYAML makes of a plain scalar that JSON cannot hold (a date) is written as a
        // marked string, so that the comparison shows it instead of the dump failing.
        Files.writeString(script, """
                import json, sys, yaml
                loader = getattr(yaml, 'CSafeLoader', yaml.SafeLoader)
                with open(sys.argv[1], encoding='utf-8') as f:
                    tree = yaml.load(f, Loader=loader)
                with open(sys.argv[2], 'w', encoding='utf-8') as f:
                    json.dump(tree, f, default=lambda o: 'non-JSON value: ' + repr(o))
                """);
        Path out = dir.resolve("tree.json");
        Files.deleteIfExists(out);
        Tools.Result load = Tools.run(dir, Tools.command("python3", script, yaml.toAbsolutePath(), out));
        List<String> differences = new ArrayList<>();
        if (load.exitCode() != 0) {
            differences.add("PyYAML " + version + " cannot load " + Tools.specName(yaml) + ": "
                    + load.output().strip());
        } else {
            compare(json(), Json.MAPPER.readTree(out.toFile()), "", differences);
        }
        Report.entry("PyYAML (YAML 1.1 reader)", version, Tools.specName(yaml))
                .count("differences from the JSON bundle", differences.size())
                .passIf(differences.isEmpty())
                .record();
        assertThat(differences).as("PyYAML (YAML 1.1)").isEmpty();
    }

    @Test
    void theComparisonSeesAStringThatBecameABoolean() {
        // Guards the two tests above against a comparison that accepts everything.
        List<String> differences = new ArrayList<>();
        compare(Json.MAPPER.createObjectNode().put("flag", "yes"), toTree(Map.of("flag", true)), "", differences);
        assertThat(differences).singleElement().asString().contains("/flag").contains("true");
    }

    /** SnakeYAML's version, from the name of the jar it was loaded from ({@code snakeyaml-2.4.jar}). */
    private static String snakeYamlVersion() {
        String jar = Path.of(Yaml.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath())
                .getFileName()
                .toString();
        return jar.replaceFirst("^snakeyaml-", "").replaceFirst("\\.jar$", "");
    }

    private static JsonNode json() throws IOException {
        return Json.MAPPER.readTree(Tools.specJson().toFile());
    }

    private static JsonNode toTree(Object loaded) {
        return Json.MAPPER.valueToTree(loaded);
    }

    /** Structural equality; numbers compare by value (1 and 1.0 are the same number). */
    private static void compare(JsonNode expected, JsonNode actual, String pointer, List<String> differences) {
        if (differences.size() >= MAX_REPORTED) {
            return;
        }
        if (expected.isNumber() && actual.isNumber()) {
            if (new BigDecimal(expected.asText()).compareTo(new BigDecimal(actual.asText())) != 0) {
                differences.add(difference(pointer, expected, actual));
            }
            return;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            differences.add(difference(pointer, expected, actual));
            return;
        }
        if (expected.isObject()) {
            Iterator<String> names = expected.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                String child = pointer + "/" + SpecLines.escape(name);
                if (!actual.has(name)) {
                    differences.add(
                            SpecLines.ofYamlBundle().place(child) + ": missing (its key was read as something else)");
                } else {
                    compare(expected.get(name), actual.get(name), child, differences);
                }
            }
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name)) {
                    differences.add(SpecLines.ofYamlBundle().place(pointer) + ": has an extra key '" + name + "'");
                }
            });
        } else if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                differences.add(difference(pointer, expected, actual));
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(expected.get(i), actual.get(i), pointer + "/" + i, differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(difference(pointer, expected, actual));
        }
    }

    private static String difference(String pointer, JsonNode expected, JsonNode actual) {
        return SpecLines.ofYamlBundle().place(pointer) + ": the JSON has " + abbreviate(expected) + ", the reader made "
                + abbreviate(actual) + " (" + actual.getNodeType() + ")";
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
