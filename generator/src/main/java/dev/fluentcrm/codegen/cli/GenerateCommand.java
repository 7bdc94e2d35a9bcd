package dev.fluentcrm.codegen.cli;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.emit.docs.ProjectInfo;
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
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate --spec FILE [--spec MORE] --out DIR --package NAME [--outputs client,server,fixtures]
 * [--resources-out DIR]}
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generates the Java client for a FluentCRM OpenAPI document and its overlays.")
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--spec", required = true, paramLabel = "FILE",
            description = "The OpenAPI document; repeat to merge overlays (their paths and schemas are added).")
    List<Path> specs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the Java sources go.")
    Path out;

    @Option(names = "--package", defaultValue = "dev.fluentcrm.client", paramLabel = "NAME",
            description = "The Java package of the client (default: ${DEFAULT-VALUE}).")
    String basePackage;

    @Option(names = "--outputs", split = ",", defaultValue = "client", paramLabel = "KIND",
            description = "What to generate, comma-separated: client, server, fixtures (default: ${DEFAULT-VALUE}).")
    List<Output> outputs = new ArrayList<>();

    @Option(names = "--resources-out", paramLabel = "DIR",
            description = "Where non-Java files (fixture JSON) go (default: the --out directory).")
    Path resourcesOut;

    /** The kinds of output, in the order they are generated. */
    enum Output { client, server, fixtures }

    @Option(names = "--project", description = "Emit a standalone Maven project into --out: pom.xml, README.md, docs/ and the client below src/main/java.")
    boolean project;

    @Option(names = "--templates", paramLabel = "DIR", description = "Mustache templates that replace ours by file name (README.md.mustache, module.md.mustache, pom.xml.mustache).")
    Path templates;

    @Option(names = "--group-id", defaultValue = "com.example", paramLabel = "ID", description = "groupId of the --project (default: ${DEFAULT-VALUE}).")
    String groupId;

    @Option(names = "--artifact-id", defaultValue = "fluentcrm-client", paramLabel = "ID", description = "artifactId of the --project (default: ${DEFAULT-VALUE}).")
    String artifactId;

    @Option(names = "--project-version", defaultValue = "1.0.0-SNAPSHOT", paramLabel = "VERSION", description = "version of the --project (default: ${DEFAULT-VALUE}).")
    String projectVersion;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        try {
            Generator generator = new Generator(basePackage);
            List<URI> uris = new ArrayList<>();
            for (Path file : specs) {
                if (!Files.isRegularFile(file)) {
                    err.println("error: " + file + ": no such file");
                    return 2;
                }
                uris.add(file.toAbsolutePath().normalize().toUri());
            }
            Api api = Generator.load(uris);
            List<GeneratedFile> files = new ArrayList<>();
            if (project) {
                files.addAll(generator.project(api, new ProjectInfo(groupId, artifactId, projectVersion, "FluentCRM Java client", basePackage), templates));
            }
            for (Output output : EnumSet.copyOf(outputs)) {
                switch (output) {
                    case client -> files.addAll(project ? List.of() : generator.client(api));
                    case server -> files.addAll(generator.server(api));
                    case fixtures -> files.addAll(generator.fixtures(api));
                    default -> throw new IllegalStateException(output.name());
                }
            }
            // Fixture JSON is a resource, so it may go to its own folder; everything else goes to --out.
            List<GeneratedFile> resources = files.stream().filter(f -> f.path().endsWith(".json")).toList();
            List<GeneratedFile> rest = files.stream().filter(f -> !f.path().endsWith(".json")).toList();
            OutputWriter.Result result = new OutputWriter().write(out, rest);
            if (!resources.isEmpty()) {
                OutputWriter.Result more = new OutputWriter().write(resourcesOut == null ? out : resourcesOut, resources);
                result = new OutputWriter.Result(result.written() + more.written(), result.unchanged() + more.unchanged());
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            spec.commandLine().getOut().printf("Generated %d operations in %d modules, %d models, %d files (%d written, %d unchanged) in %d ms%n",
                    api.operationCount(), api.modules().size(), api.types().size(), files.size(), result.written(), result.unchanged(), millis);
            return 0;
        } catch (SpecException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
