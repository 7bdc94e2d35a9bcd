package dev.fluentcrm.codegen;

import dev.fluentcrm.codegen.write.GeneratedFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one generation, by destination (in the order of {@link OutputKind.Destination}), each
 * list sorted by path. Nothing is on disk yet: the caller decides where each destination goes.
 */
public record Generation(Map<OutputKind.Destination, List<GeneratedFile>> files) {
    public Generation {
        EnumMap<OutputKind.Destination, List<GeneratedFile>> copy = new EnumMap<>(OutputKind.Destination.class);
        files.forEach((destination, list) -> copy.put(destination, List.copyOf(list)));
        files = Collections.unmodifiableMap(copy);
    }

    /** The files for {@code destination}, sorted by path; empty when no output goes there. */
    public List<GeneratedFile> in(OutputKind.Destination destination) {
        return files.getOrDefault(destination, List.of());
    }

    /** Every file, destination by destination. */
    public List<GeneratedFile> all() {
        List<GeneratedFile> all = new ArrayList<>();
        for (OutputKind.Destination destination : OutputKind.Destination.values()) {
            all.addAll(in(destination));
        }
        return all;
    }
}
