package dev.fluentcrm.codegen.golden;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.OutputKind;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The golden cases: each folder of {@code src/test/resources/golden} holds a {@code spec.yaml}
 * and, optionally, overlays ({@code overlay*.yaml}, merged in name order). The expected Java of
 * case {@code c} is generated for the package {@code golden.c} and committed below
 * {@code src/test/golden}, a test source root, so it is compiled with the module's tests.
 */
final class GoldenCases {
    /** The module folder; Surefire runs tests there. */
    static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();

    static final Path SPECS = MODULE.resolve("src/test/resources/golden");
    /** The source root of the expected files; case {@code c} owns {@code golden/c/} below it. */
    static final Path EXPECTED = MODULE.resolve("src/test/golden");

    private GoldenCases() {}

    static List<String> names() {
        return caseNames(SPECS);
    }

    /** The case folders below {@code specs}, by name. */
    static List<String> caseNames(Path specs) {
        try (Stream<Path> folders = Files.list(specs)) {
            return folders.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The spec files of a case: {@code spec.yaml} first, then its overlays by name. */
    static List<URI> specs(String name) {
        Path folder = SPECS.resolve(name);
        List<URI> specs = new ArrayList<>();
        String base = extended(name);
        specs.add((base == null ? folder : SPECS.resolve(base))
                .resolve("spec.yaml")
                .toUri());
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString())
                    .filter(f -> f.startsWith("overlay") && f.endsWith(".yaml"))
                    .sorted()
                    .forEach(f -> specs.add(folder.resolve(f).toUri()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return specs;
    }

    static String packageOf(String name) {
        return "golden." + name;
    }

    /**
     * The case's outputs, generated in memory; paths are relative to {@link #EXPECTED}. A case
     * generates the client unless its folder has an {@code outputs} file naming other kinds
     * (comma-separated, as {@code --outputs} takes them).
     */
    static List<GeneratedFile> generate(String name) {
        GeneratorOptions options = new GeneratorOptions(packageOf(name), outputs(name), Set.of(), null, null);
        String base = extended(name);
        if (base != null) {
            return new Generator(options.extending(packageOf(base)))
                    .generate(Generator.loadOverlaysOnly(specs(name)))
                    .all();
        }
        return new Generator(options).generate(Generator.load(specs(name))).all();
    }

    /**
     * The case whose classes this one extends, named in its {@code extends} file, or null: such a
     * case has no {@code spec.yaml} of its own, takes that case's as its base, and generates only
     * what its overlays add, as the Maven plugin does on top of the {@code fluentcrm-sdk} jar.
     */
    static String extended(String name) {
        Path file = SPECS.resolve(name).resolve("extends");
        try {
            return Files.exists(file) ? Files.readString(file).strip() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<OutputKind> outputs(String name) {
        Path file = SPECS.resolve(name).resolve("outputs");
        try {
            return Files.exists(file)
                    ? OutputKind.parseAll(List.of(Files.readString(file).strip().split(",")))
                    : Set.of(OutputKind.CLIENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the expected files of a case live. */
    static Path expectedFolder(String name) {
        return EXPECTED.resolve(packageOf(name).replace('.', '/'));
    }
}
