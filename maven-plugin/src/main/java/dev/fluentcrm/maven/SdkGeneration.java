package dev.fluentcrm.maven;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.OutputKind.Destination;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.util.List;
import java.util.Map;

/**
 * Runs the generator for the chosen outputs, entirely in memory: nothing is written until every
 * output has been generated, so a bad spec or template never leaves half an output behind.
 */
final class SdkGeneration {
    private SdkGeneration() {}

    /** The files of each destination, sorted by path. */
    static Map<Destination, List<GeneratedFile>> generate(Settings settings) {
        if (settings.options().extendsSdk()) {
            if (settings.overlays().isEmpty()) {
                // The fluentcrm-sdk jar (and fluentcrm-sdk-testing) is the whole SDK: the spec need not even be read.
                return Map.of();
            }
            return new Generator(settings.options())
                    .generate(Generator.loadOverlaysOnly(settings.specUris()))
                    .files();
        }
        return new Generator(settings.options())
                .generate(Generator.load(settings.specUris()))
                .files();
    }
}
