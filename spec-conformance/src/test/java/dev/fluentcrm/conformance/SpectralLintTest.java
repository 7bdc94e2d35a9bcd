package dev.fluentcrm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spectral lints the published YAML with its {@code spectral:oas} ruleset: no error, no warning. */
class SpectralLintTest {
    @Test
    void oasRulesetFindsNothing() throws IOException {
        Path dir = Tools.work("spectral");
        Files.writeString(dir.resolve(".spectral.yaml"), "extends: [\"spectral:oas\"]\n");
        Path spec = Tools.specYaml();
        String version = Npm.version("@stoplight/spectral-cli");
        Tools.Result lint = Tools.runForReport(
                dir,
                Npm.quietEnvironment(),
                Tools.command(
                        Npm.bin("spectral"),
                        "lint",
                        "--ruleset",
                        dir.resolve(".spectral.yaml"),
                        "--format",
                        "json",
                        "--quiet",
                        spec.toAbsolutePath()));
        String out = lint.output();
        int start = out.indexOf('[');
        assertThat(start).as("Spectral's JSON report:%n%s", out).isNotNegative();
        JsonNode results = Json.MAPPER.readTree(out.substring(start));

        // Spectral's severities: 0 error, 1 warning, 2 information, 3 hint.
        int[] bySeverity = new int[4];
        List<String> problems = new ArrayList<>();
        for (JsonNode result : results) {
            int severity = result.path("severity").asInt();
            bySeverity[Math.min(Math.max(severity, 0), 3)]++;
            if (severity <= 1) {
                problems.add("Spectral " + version + ": " + Tools.specName(spec) + ":"
                        + (result.path("range").path("start").path("line").asInt() + 1)
                        + " (#/" + String.join("/", pathOf(result)) + "): "
                        + (severity == 0 ? "error " : "warning ")
                        + result.path("code").asText() + ": "
                        + result.path("message").asText());
            }
        }
        Report.entry("Spectral lint (spectral:oas)", version, Tools.specName(spec))
                .count("errors", bySeverity[0])
                .count("warnings", bySeverity[1])
                .count("information", bySeverity[2])
                .count("hints", bySeverity[3])
                .passIf(problems.isEmpty())
                .record();

        assertThat(problems).isEmpty();
    }

    private static List<String> pathOf(JsonNode result) {
        List<String> segments = new ArrayList<>();
        result.path("path").forEach(segment -> segments.add(SpecLines.escape(segment.asText())));
        return segments;
    }
}
