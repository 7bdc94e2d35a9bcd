package dev.fluentcrm.maven;

import dev.fluentcrm.codegen.OutputKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The runtime libraries generated code compiles against. Without one, javac reports a hundred
 * errors about missing packages; the plugin says instead, in one line, which dependency to add.
 */
final class RuntimeDependencies {
    /** What each output needs on the class path, as groupId:artifactId. */
    private static final Map<OutputKind, List<String>> NEEDS = Map.of(
            OutputKind.MODEL, List.of("dev.fluentcrm:fluentcrm-runtime"),
            OutputKind.CLIENT, List.of("dev.fluentcrm:fluentcrm-runtime"),
            OutputKind.FIXTURES, List.of("dev.fluentcrm:fluentcrm-runtime"),
            OutputKind.SERVER, List.of("dev.fluentcrm:fluentcrm-server-runtime"),
            OutputKind.TESTING,
                    List.of("dev.fluentcrm:fluentcrm-testing-runtime", "org.junit.jupiter:junit-jupiter-api"));

    private RuntimeDependencies() {}

    /**
     * The problem with {@code available} (groupId:artifactId of the project's dependencies, direct
     * and transitive) for the outputs generated into this build, or empty when nothing is missing.
     */
    static Optional<String> missing(Set<OutputKind> emitted, Set<String> available, String version) {
        for (OutputKind kind : EnumSet.copyOf(emitted)) {
            for (String artifact : NEEDS.getOrDefault(kind, List.of())) {
                if (!available.contains(artifact)) {
                    String coordinates = artifact.startsWith("dev.fluentcrm:") ? artifact + ":" + version : artifact;
                    return Optional.of("The " + kind.id() + " output needs " + coordinates
                            + " on the class path, and it is not among this project's dependencies: add it to"
                            + " <dependencies>");
                }
            }
        }
        return Optional.empty();
    }
}
