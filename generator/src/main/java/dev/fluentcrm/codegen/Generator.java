package dev.fluentcrm.codegen;

import dev.fluentcrm.codegen.OutputKind.Destination;
import dev.fluentcrm.codegen.load.ModelBuilder;
import dev.fluentcrm.codegen.load.SpecException;
import dev.fluentcrm.codegen.load.SpecLoader;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The pipeline: spec files -> (swagger-parser) -> {@link Api} -> one {@link dev.fluentcrm.codegen.emit.Emitter}
 * per {@link OutputKind} -> files in memory. Writing them is the caller's choice (CLI, Maven plugin, tests).
 */
public final class Generator {
    private final GeneratorOptions options;

    public Generator(GeneratorOptions options) {
        this.options = options;
    }

    /** Loads and merges the specs (base first, then overlays) into the generator's model. */
    public static Api load(List<URI> specs) {
        return new ModelBuilder(new SpecLoader().load(specs)).build();
    }

    /**
     * Loads and merges the specs like {@link #load}, keeping only what the overlays add: their
     * operations and the types first defined in them, typed with the base spec's types, which the
     * SDK built from the base spec provides. Use with {@link GeneratorOptions#extending}.
     */
    public static Api loadOverlaysOnly(List<URI> specs) {
        return new ModelBuilder(new SpecLoader().load(specs)).buildOverlaysOnly();
    }

    /**
     * Runs the emitter of every output the options ask for (and of the outputs those require).
     * With {@link OutputKind#PROJECT}, everything is laid out as one Maven project: sources below
     * {@code src/main/java}, fixtures below {@code src/test}, docs and {@code pom.xml} at its root.
     *
     * @throws SpecException when two outputs would write the same file, or two files differ only in case
     */
    public Generation generate(Api api) {
        Set<OutputKind> kinds = options.emitted();
        boolean project = kinds.contains(OutputKind.PROJECT);
        Map<Destination, List<GeneratedFile>> files = new EnumMap<>(Destination.class);
        Map<String, OutputKind> owners = new HashMap<>();
        for (OutputKind kind : kinds) {
            Destination destination = project ? Destination.PROJECT : options.destination(kind);
            for (GeneratedFile emitted : kind.emitter().emit(api, options)) {
                GeneratedFile file = project ? inProject(kind, emitted) : emitted;
                OutputKind previous = owners.putIfAbsent(destination + "/" + file.path(), kind);
                if (previous != null) {
                    throw new SpecException(
                            "The outputs " + previous.id() + " and " + kind.id() + " both generate " + file.path());
                }
                files.computeIfAbsent(destination, d -> new ArrayList<>()).add(file);
            }
        }
        files.values().forEach(list -> {
            list.sort(Comparator.comparing(GeneratedFile::path));
            checkDistinct(list);
        });
        return new Generation(files);
    }

    /** Where a file of {@code kind} goes in a standalone Maven project. */
    private GeneratedFile inProject(OutputKind kind, GeneratedFile file) {
        String folder = switch (options.destination(kind)) {
            case SOURCES -> "src/main/java/";
            case TEST_SOURCES -> file.path().endsWith(".java") ? "src/test/java/" : "src/test/resources/";
            case DOCS, PROJECT -> "";
        };
        return new GeneratedFile(folder + file.path(), file.content());
    }

    /** Refuses two files whose paths differ only in case: they would overwrite each other on some disks. */
    private static void checkDistinct(List<GeneratedFile> files) {
        Map<String, String> byFoldedPath = new HashMap<>();
        for (GeneratedFile file : files) {
            String other = byFoldedPath.putIfAbsent(file.path().toLowerCase(Locale.ROOT), file.path());
            if (other != null) {
                throw new SpecException(
                        "Two generated types would share the file " + file.path() + " (and " + other + ")");
            }
        }
    }

    /**
     * This generator's version, which is also the version of the runtime its output depends on:
     * written into its classes by the build ({@code version.properties}).
     */
    public static String version() {
        try (InputStream in = Generator.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the generator's classes");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
