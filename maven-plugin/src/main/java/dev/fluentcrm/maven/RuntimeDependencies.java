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

    /**
     * The problem with the prebuilt SDK an overlays-only generation extends: {@code versions} maps
     * groupId:artifactId of the project's dependencies (direct and transitive) to their versions.
     * The {@code fluentcrm-sdk} jar must be there in the plugin's own {@code version} (its models
     * are the ones the generated code refers to), and {@code fluentcrm-sdk-testing} too when the
     * {@code testing} output is generated (its mock serves the jar's operations).
     */
    static Optional<String> sdkProblem(Set<OutputKind> emitted, Map<String, String> versions, String version) {
        List<String> needed = emitted.contains(OutputKind.TESTING) ? List.of(SDK, SDK + "-testing") : List.of(SDK);
        for (String artifact : needed) {
            String found = versions.get(artifact);
            String why = "Generating only the overlays (mode auto: the bundled spec in the default package) needs "
                    + artifact + ":" + version + ", the SDK they extend, ";
            if (found == null) {
                return Optional.of(why + "and it is not among this project's dependencies: add it to <dependencies>"
                        + (artifact.endsWith("-testing") ? " with <scope>test</scope>" : "")
                        + ", or set <mode>full</mode> to generate the whole SDK");
            }
            if (!found.equals(version)) {
                return Optional.of(why + "but this project depends on version " + found
                        + ": use the plugin's version for both, or set <mode>full</mode> to generate the whole SDK");
            }
        }
        return Optional.empty();
    }

    private static final String SDK = "dev.fluentcrm:fluentcrm-sdk";
}
