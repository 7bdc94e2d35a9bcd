package dev.fluentcrm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The spec is published like one: after the spec module's install, the local repository holds
 * {@code fluentcrm-openapi-<v>-openapi.yaml} and {@code .json}, and they are the very files this
 * module received by declaring them as dependencies (classifier {@code openapi}, types
 * {@code yaml} and {@code json}). The document inside says its own version.
 */
class PublishedArtifactsTest {
    @ParameterizedTest
    @ValueSource(strings = {"yaml", "json"})
    void theClassifierArtifactIsInstalledAndIsTheBundle(String type) throws IOException {
        String version = Tools.property("conformance.spec.version");
        Path installed = Path.of(
                Tools.property("conformance.local.repository"),
                "dev",
                "fluentcrm",
                "fluentcrm-openapi",
                version,
                "fluentcrm-openapi-" + version + "-openapi." + type);
        Path received = type.equals("yaml") ? Tools.specYaml() : Tools.specJson();

        assertThat(installed).as("installed by mvn install of the spec module").isRegularFile();
        assertThat(Files.mismatch(installed, received))
                .as("%s is the file the dependency resolved to", installed)
                .isEqualTo(-1L);
        String text = Files.readString(received);
        assertThat(text).contains("x-spec-version").contains(version);
        Report.entry("Maven install", "classifier openapi", "fluentcrm-openapi-" + version + "-openapi." + type)
                .count("bytes", Files.size(installed))
                .record();
    }
}
