package dev.fluentcrm.maven;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.load.SpecException;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the generator for the chosen outputs, entirely in memory: nothing is written until every
 * output has been generated, so a bad spec or template never leaves half an output behind.
 */
final class SdkGeneration {
    private SdkGeneration() {
    }

    /** The files of each output directory, sorted by path. */
    static Map<OutputKind.Root, List<GeneratedFile>> generate(Settings settings) {
        Generator generator = new Generator(settings.packageName());
        Api api = Generator.load(settings.specUris());
        Map<OutputKind.Root, List<GeneratedFile>> files = new EnumMap<>(OutputKind.Root.class);
        Map<String, OutputKind> owners = new HashMap<>();
        for (OutputKind output : settings.outputs()) {
            for (GeneratedFile file : Emitters.emit(output, generator, api, settings.project(), settings.templateDirectory())) {
                // Two outputs sharing a directory must not write the same file.
                OutputKind previous = owners.putIfAbsent(output.root + "/" + file.path(), output);
                if (previous != null) {
                    throw new SpecException("The outputs " + previous.id() + " and " + output.id() + " both generate " + file.path());
                }
                files.computeIfAbsent(output.root, root -> new ArrayList<>()).add(file);
            }
        }
        files.values().forEach(list -> list.sort(Comparator.comparing(GeneratedFile::path)));
        return files;
    }
}
