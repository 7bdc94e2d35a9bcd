package dev.fluentcrm.maven;

import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.OutputKind;
import dev.fluentcrm.codegen.OutputKind.Destination;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Everything that decides what is generated and where, resolved and validated from the mojo's
 * parameters. The fingerprint hashes exactly this (plus the generator's own code).
 *
 * @param spec      the base document: a file, or the bundled resource inside the plugin's jar
 * @param specFile  the same as a file, or {@code null} for the bundled one
 * @param options   what the generator produces
 * @param roots     the directory of each destination of the outputs
 * @param manifestDirectory where the manifest of written files lives (the main output directory)
 */
record Settings(
        URI spec,
        Path specFile,
        List<Path> overlays,
        GeneratorOptions options,
        Map<Destination, Path> roots,
        Path manifestDirectory,
        Path basedir) {
    /** The specs in merge order, as the generator takes them. */
    List<URI> specUris() {
        return Stream.concat(Stream.of(spec), overlays.stream().map(Path::toUri))
                .toList();
    }

    /** Whether {@code kind} is among what the generator emits (asked for, or required by what was). */
    boolean emits(OutputKind kind) {
        return options.emitted().contains(kind);
    }
}
