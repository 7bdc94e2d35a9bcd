package dev.fluentcrm.bench;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.OutputKind;
import dev.fluentcrm.codegen.write.GeneratedFile;
import dev.fluentcrm.codegen.write.OutputWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * The two tools, each run the way its own build integration runs it: read the spec, build the
 * model, render the Java client, write the files to an empty directory.
 */
enum Generators {
    /** Ours: load (swagger-parser + our model), emit the client, write it. */
    OURS("ours") {
        @Override
        void generate(Path spec, Path out) {
            oursBySteps(spec, out);
        }
    },
    /**
     * OpenAPI Generator (the version the parent POM pins), {@code java} with the {@code native} library, configured as in
     * spec-conformance (the same options as its Maven plugin there): no docs, no tests,
     * validation on, Jakarta annotations, no timestamp.
     */
    OPENAPI_GENERATOR("OpenAPI Generator") {
        @Override
        void generate(Path spec, Path out) {
            CodegenConfigurator config = new CodegenConfigurator()
                    .setGeneratorName("java")
                    .setLibrary("native")
                    .setInputSpec(spec.toString())
                    .setOutputDir(out.toString())
                    .setValidateSpec(true)
                    .setApiPackage("org.openapitools.fluentcrm.api")
                    .setModelPackage("org.openapitools.fluentcrm.model")
                    .setInvokerPackage("org.openapitools.fluentcrm")
                    .addAdditionalProperty("useJakartaEe", true)
                    .addAdditionalProperty("hideGenerationTimestamp", true);
            ClientOptInput input = config.toClientOptInput();
            DefaultGenerator generator = new DefaultGenerator();
            generator.setGeneratorPropertyDefault(CodegenConstants.API_TESTS, "false");
            generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_TESTS, "false");
            generator.setGeneratorPropertyDefault(CodegenConstants.API_DOCS, "false");
            generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_DOCS, "false");
            generator.opts(input).generate();
        }
    };

    /** Our generation's steps, timed apart: reading the spec into our model, rendering the files, writing them. */
    record Steps(double read, double render, double write) {}

    /** One generation of ours, as {@link #OURS} runs it, with each step timed; {@code out} must not exist yet. */
    static Steps oursBySteps(Path spec, Path out) {
        if (Files.exists(out)) {
            throw new IllegalStateException(out + " exists; every run writes to a new directory");
        }
        GeneratorOptions options = GeneratorOptions.of(GeneratorOptions.DEFAULT_PACKAGE, OutputKind.CLIENT);
        long start = System.nanoTime();
        var api = Generator.load(List.of(spec.toUri()));
        long read = System.nanoTime();
        List<GeneratedFile> files = new Generator(options).generate(api).all();
        long rendered = System.nanoTime();
        new OutputWriter().write(out, files);
        long written = System.nanoTime();
        return new Steps((read - start) / 1e6, (rendered - read) / 1e6, (written - rendered) / 1e6);
    }

    final String label;

    Generators(String label) {
        this.label = label;
    }

    abstract void generate(Path spec, Path out);

    /**
     * Generates into {@code out}, which must not exist yet, and returns the milliseconds it took.
     * A directory that was just deleted is never reused: on this machine's file system (ext4,
     * mounted with {@code discard}) deleting a thousand files defers work that lands on whoever
     * writes next, which made a generation look up to 600 ms slower than it is.
     */
    double timed(Path spec, Path out) {
        if (Files.exists(out)) {
            throw new IllegalStateException(out + " exists; every run writes to a new directory");
        }
        long start = System.nanoTime();
        generate(spec, out);
        return (System.nanoTime() - start) / 1e6;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
