package dev.fluentcrm.spec.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The YAML bundle reads back as the same strings in a YAML 1.1 reader. SnakeYAML resolves plain
 * scalars by the YAML 1.1 rules (as PyYAML, Ruby's Psych and go-yaml v2 do), so a string the
 * writer left unquoted by mistake comes back as a boolean, a number, null, a date or a crash.
 */
class SpecWriterTest {
    private final SpecWriter writer = new SpecWriter();
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the "value" key type and the merge key
                "=",
                "<<",
                // booleans, in the spellings YAML 1.1 knows and in any other case
                "y",
                "Y",
                "n",
                "N",
                "yes",
                "Yes",
                "YES",
                "yEs",
                "no",
                "No",
                "NO",
                "nO",
                "true",
                "True",
                "TRUE",
                "tRUE",
                "false",
                "False",
                "FALSE",
                "on",
                "On",
                "ON",
                "oN",
                "off",
                "Off",
                "OFF",
                "oFF",
                // null-likes
                "~",
                "null",
                "Null",
                "NULL",
                "nULL",
                // sexagesimal numbers and times
                "1:20",
                "190:20:30",
                "-1:20",
                "1:20.5",
                // numbers with a leading zero (octal in YAML 1.1), hex, binary, underscores, signs, floats
                "0123",
                "012",
                "007",
                "0",
                "0x1F",
                "0b101",
                "0o17",
                "1_000",
                "+12",
                "-12",
                "+0.5",
                "-0.5",
                ".5",
                "1.",
                "1e3",
                "6.8523015e+5",
                ".inf",
                "-.inf",
                "+.INF",
                ".nan",
                ".NaN",
                // timestamps
                "2026-11-26",
                "2026-11-26 10:00:00",
                "2026-11-26T10:00:00Z",
                "2026-1-6",
            })
    void aStringThatAYaml11ReaderWouldResolveIsQuoted(String text) throws IOException {
        ObjectNode document = json.createObjectNode();
        document.put("value", text);
        document.putObject("keys").put(text, "x");
        String yaml = new String(writer.yaml(document), StandardCharsets.UTF_8);

        assertThat(yaml).as("the value is quoted").contains("value: \"" + text + "\"");
        assertThat(yaml).as("the key is quoted").contains("\"" + text + "\": x");
        Map<?, ?> loaded = new Yaml().load(yaml);
        Object value = loaded.get("value");
        Object key = ((Map<?, ?>) loaded.get("keys")).keySet().iterator().next();
        assertThat(value).as("YAML 1.1 reads the value back as the string").isEqualTo(text);
        assertThat(key).as("and the key").isEqualTo(text);
    }

    @Test
    void ordinaryTextStaysPlain() throws IOException {
        ObjectNode document = json.createObjectNode();
        for (String text : List.of("subscribed", "Lead", "yesterday", "online", "none", "nullable", "a=b", "x:y")) {
            document.put("k" + document.size(), text);
        }
        String yaml = new String(writer.yaml(document), StandardCharsets.UTF_8);
        assertThat(yaml).doesNotContain("\"").contains("k0: subscribed").contains("k6: a=b");
        Object loaded = new Yaml().load(yaml);
        assertThat((Object) json.valueToTree(loaded)).isEqualTo(document);
    }
}
