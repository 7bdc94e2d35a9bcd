package dev.fluentcrm.maven;

import dev.fluentcrm.codegen.emit.docs.ProjectInfo;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything that decides what is generated, resolved and validated from the mojo's
 * parameters. The fingerprint hashes exactly this (plus the generator's own code).
 *
 * @param spec      the base document: a file, or the bundled resource inside the plugin's jar
 * @param specFile  the same as a file, or {@code null} for the bundled one
 * @param roots     the output directory of each kind of output
 * @param manifestDirectory where the manifest of written files lives (the main output directory)
 */
record Settings(URI spec, Path specFile, List<Path> overlays, String packageName, Set<OutputKind> outputs,
                Map<OutputKind.Root, Path> roots, Path manifestDirectory, Path templateDirectory, ProjectInfo project,
                Path basedir) {
    /** The specs in merge order, as the generator takes them. */
    List<URI> specUris() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(spec), overlays.stream().map(Path::toUri)).toList();
    }
}
