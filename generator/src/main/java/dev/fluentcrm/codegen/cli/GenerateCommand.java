package dev.fluentcrm.codegen.cli;

import dev.fluentcrm.codegen.Generator;
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
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate --spec FILE [--spec MORE] --out DIR --package NAME} */
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
            List<GeneratedFile> files = generator.client(api);
            OutputWriter.Result result = new OutputWriter().write(out, files);
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
