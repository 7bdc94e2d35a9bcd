package dev.fluentcrm.codegen.cli;

import dev.fluentcrm.codegen.Generation;
import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.OutputKind;
import dev.fluentcrm.codegen.OutputKind.Destination;
import dev.fluentcrm.codegen.ProjectInfo;
import dev.fluentcrm.codegen.load.SpecException;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.write.GeneratedFile;
import dev.fluentcrm.codegen.write.OutputWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate --spec FILE [--spec OVERLAY] --out DIR [--package NAME] [--outputs KIND,...]
 * [--provided KIND,...] [--resources-out DIR] [--templates DIR] [--group-id ID] [--artifact-id ID]
 * [--project-version V]}
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Generates Java code for a FluentCRM OpenAPI document and its overlays.")
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--spec",
            required = true,
            paramLabel = "FILE",
            description = "The OpenAPI document; repeat to merge overlays (their paths and schemas are added).")
    List<Path> specs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the generated files go.")
    Path out;

    @Option(
            names = "--package",
            defaultValue = GeneratorOptions.DEFAULT_PACKAGE,
            paramLabel = "NAME",
            description = "The Java package of the client (default: ${DEFAULT-VALUE}).")
    String basePackage;

    @Option(
            names = "--outputs",
            split = ",",
            defaultValue = "client",
            paramLabel = "KIND",
            converter = KindConverter.class,
            completionCandidates = KindIds.class,
            description =
                    "What to generate, comma-separated, from: ${COMPLETION-CANDIDATES}; what these need "
                            + "(the models) comes too (default: ${DEFAULT-VALUE}). With project, --out becomes a Maven project.")
    List<OutputKind> outputs = new ArrayList<>();

    @Option(
            names = "--testing-package",
            paramLabel = "NAME",
            description = "The Java package of the testing output (default: the --package followed by .testing).")
    String testingPackage;

    @Option(
            names = "--provided",
            split = ",",
            paramLabel = "KIND",
            converter = KindConverter.class,
            completionCandidates = KindIds.class,
            description =
                    "Outputs already on the class path (for example model, from the fluentcrm-sdk jar): needed, not generated.")
    List<OutputKind> provided = new ArrayList<>();

    @Option(
            names = "--resources-out",
            paramLabel = "DIR",
            description = "Where non-Java files of the fixtures (JSON) go (default: the --out directory).")
    Path resourcesOut;

    @Option(
            names = "--templates",
            paramLabel = "DIR",
            description =
                    "Mustache templates that replace ours by file name (README.md.mustache, module.md.mustache, pom.xml.mustache).")
    Path templates;

    @Option(
            names = "--group-id",
            defaultValue = "com.example",
            paramLabel = "ID",
            description = "groupId in the docs and the project's pom.xml (default: ${DEFAULT-VALUE}).")
    String groupId;

    @Option(
            names = "--artifact-id",
            defaultValue = "fluentcrm-client",
            paramLabel = "ID",
            description = "artifactId in the docs and the project's pom.xml (default: ${DEFAULT-VALUE}).")
    String artifactId;

    @Option(
            names = "--project-version",
            defaultValue = "1.0.0-SNAPSHOT",
            paramLabel = "VERSION",
            description = "version in the docs and the project's pom.xml (default: ${DEFAULT-VALUE}).")
    String projectVersion;

    /** Reads an output's id as {@link OutputKind#parse} does. */
    static final class KindConverter implements CommandLine.ITypeConverter<OutputKind> {
        @Override
        public OutputKind convert(String value) {
            try {
                return OutputKind.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The ids of {@link OutputKind}, for the help text. */
    static final class KindIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(OutputKind.values()).map(OutputKind::id).iterator();
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        try {
            List<URI> uris = new ArrayList<>();
            for (Path file : specs) {
                if (!Files.isRegularFile(file)) {
                    err.println("error: " + file + ": no such file");
                    return 2;
                }
                uris.add(file.toAbsolutePath().normalize().toUri());
            }
            ProjectInfo project =
                    new ProjectInfo(groupId, artifactId, projectVersion, "FluentCRM Java client", basePackage);
            GeneratorOptions options = new GeneratorOptions(
                    basePackage,
                    Set.copyOf(outputs),
                    Set.copyOf(provided),
                    templates == null ? null : templates.toAbsolutePath().normalize(),
                    project,
                    testingPackage);
            Api api = Generator.load(uris);
            Generation generation = new Generator(options).generate(api);
            OutputWriter.Result result = write(generation);
            long millis = (System.nanoTime() - start) / 1_000_000;
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Generated %d operations in %d modules, %d models, %d files (%d written, %d unchanged) in %d ms%n",
                            api.operationCount(),
                            api.modules().size(),
                            api.types().size(),
                            generation.all().size(),
                            result.written(),
                            result.unchanged(),
                            millis);
            return 0;
        } catch (SpecException | IllegalArgumentException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /** Everything goes to {@code --out}, but for the fixtures' JSON when {@code --resources-out} is given. */
    private OutputWriter.Result write(Generation generation) {
        List<GeneratedFile> resources = new ArrayList<>();
        List<GeneratedFile> rest = new ArrayList<>();
        for (Destination destination : Destination.values()) {
            for (GeneratedFile file : generation.in(destination)) {
                boolean resource =
                        destination == Destination.TEST_SOURCES && !file.path().endsWith(".java");
                (resource && resourcesOut != null ? resources : rest).add(file);
            }
        }
        OutputWriter writer = new OutputWriter();
        OutputWriter.Result result = writer.write(out, rest);
        if (!resources.isEmpty()) {
            OutputWriter.Result more = writer.write(resourcesOut, resources);
            result = new OutputWriter.Result(result.written() + more.written(), result.unchanged() + more.unchanged());
        }
        return result;
    }
}
