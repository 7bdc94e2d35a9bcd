package dev.fluentcrm.codegen;

import java.util.Objects;

/**
 * What the README and the pom.xml say about the generated artifact: its Maven coordinates,
 * display name and Java package.
 */
public record ProjectInfo(String groupId, String artifactId, String version, String name, String packageName) {
    public ProjectInfo {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(packageName, "packageName");
    }

    /** Coordinates for a client in {@code packageName} when the caller names none. */
    public static ProjectInfo defaults(String packageName) {
        return new ProjectInfo(
                "com.example", "fluentcrm-client", "1.0.0-SNAPSHOT", "FluentCRM Java client", packageName);
    }
}
