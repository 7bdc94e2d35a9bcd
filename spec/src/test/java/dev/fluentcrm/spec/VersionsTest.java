package dev.fluentcrm.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The document carries two versions: {@code info.version}, the FluentCRM release it describes,
 * and {@code info.x-spec-version}, its own version, which is the version of the artifact.
 */
class VersionsTest {
    private final JsonNode info = BundledSpec.document().path("info");

    @Test
    void infoVersionNamesAFluentCrmRelease() {
        assertThat(info.path("version").asText()).matches("[0-9]+\\.[0-9]+\\.[0-9]+");
        assertThat(info.path("description").asText())
                .contains(minorLine(info.path("version").asText()));
    }

    @Test
    void theDocumentsOwnVersionIsTheArtifactVersion() {
        String artifactVersion = System.getProperty("fluentcrm.spec.version");
        assertThat(artifactVersion).as("set by the build").isNotBlank();
        assertThat(info.path("x-spec-version").asText()).isEqualTo(artifactVersion);
        assertThat(info.path("x-spec-version").asText())
                .isNotEqualTo(info.path("version").asText());
    }

    /** "2.9.84" -> "2.9.x", the way the description names the plugin line. */
    private static String minorLine(String version) {
        return version.substring(0, version.lastIndexOf('.')) + ".x";
    }
}
