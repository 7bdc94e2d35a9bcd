package dev.fluentcrm.maven;

import dev.fluentcrm.codegen.OutputKind;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The runtime libraries generated code compiles against. Without one, javac reports a hundred
 * errors about missing packages; the plugin says instead, in one line, which dependency to add.
 */
final class RuntimeDependencies {
    static final String GROUP = "dev.fluentcrm";
    /** What each output needs on the class path, by artifactId. */
    private static final Map<OutputKind, String> NEEDS = Map.of(
            OutputKind.MODEL, "fluentcrm-runtime",
            OutputKind.CLIENT, "fluentcrm-runtime",
            OutputKind.FIXTURES, "fluentcrm-runtime",
            OutputKind.SERVER, "fluentcrm-server-runtime");

    private RuntimeDependencies() {
    }

    /**
     * The problem with {@code available} (groupId:artifactId of the project's dependencies, direct
     * and transitive) for the outputs generated into this build, or empty when nothing is missing.
     */
    static Optional<String> missing(Set<OutputKind> emitted, Set<String> available, String version) {
        for (OutputKind kind : EnumSet.copyOf(emitted)) {
            String artifact = NEEDS.get(kind);
            if (artifact != null && !available.contains(GROUP + ":" + artifact)) {
                return Optional.of("The " + kind.id() + " output needs " + GROUP + ":" + artifact + ":" + version
                        + " on the class path, and it is not among this project's dependencies: add it to <dependencies>");
            }
        }
        return Optional.empty();
    }
}
