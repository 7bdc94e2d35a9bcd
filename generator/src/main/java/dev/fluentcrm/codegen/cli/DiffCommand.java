package dev.fluentcrm.codegen.cli;

import dev.fluentcrm.codegen.diff.Bump;
import dev.fluentcrm.codegen.diff.DiffReport;
import dev.fluentcrm.codegen.diff.FailOn;
import dev.fluentcrm.codegen.diff.ReportFormat;
import dev.fluentcrm.codegen.diff.SpecDiff;
import dev.fluentcrm.codegen.load.SpecException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code diff --old FILE --new FILE [--overlay FILE]... [--fail-on none|breaking|any]
 * [--format text|markdown|json] [--output FILE] [--sdk-version V]}: what changes for the generated
 * SDK from one spec to the next. Exits 0, 1 when a change of the {@code --fail-on} kind is found,
 * 2 on bad input (an option, a missing file, a spec that cannot be read).
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Compares two versions of an OpenAPI document by what changes in the Java SDK generated from "
                + "each: every change breaking or not, and the semantic version bump they call for.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no change of the --fail-on kind",
            "1:a change of the --fail-on kind was found",
            "2:bad input: an option, a missing file, a spec that cannot be read"
        })
public final class DiffCommand implements Callable<Integer> {
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--old", required = true, paramLabel = "FILE", description = "The earlier spec.")
    Path oldSpec;

    @Option(names = "--new", required = true, paramLabel = "FILE", description = "The later spec.")
    Path newSpec;

    @Option(
            names = "--overlay",
            paramLabel = "FILE",
            description = "An overlay merged into both sides, as generate merges it; repeat for more.")
    List<Path> overlays = new ArrayList<>();

    @Option(
            names = "--fail-on",
            defaultValue = "none",
            paramLabel = "WHEN",
            converter = FailOnConverter.class,
            description = "Exit 1 on a breaking change (breaking), on any change (any), or never (none, the default).")
    FailOn failOn;

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "FORMAT",
            converter = FormatConverter.class,
            description = "text (the default), markdown (a CHANGELOG.md entry) or json.")
    ReportFormat format;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Write the report to this file (the console then gets the summary line only).")
    Path output;

    @Option(
            names = "--sdk-version",
            paramLabel = "VERSION",
            description = "The SDK's current version: the report then names the next one (the Markdown heading).")
    String sdkVersion;

    static final class FailOnConverter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            try {
                return FailOn.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<URI> overlayUris = new ArrayList<>();
            for (Path overlay : overlays) {
                overlayUris.add(existing("--overlay", overlay));
            }
            List<URI> before = new ArrayList<>(List.of(existing("--old", oldSpec)));
            before.addAll(overlayUris);
            List<URI> after = new ArrayList<>(List.of(existing("--new", newSpec)));
            after.addAll(overlayUris);
            if (sdkVersion != null) {
                Bump.NONE.next(sdkVersion); // refuses a malformed version before any work
            }
            DiffReport report = SpecDiff.compare(oldSpec.toString(), before, newSpec.toString(), after);
            String rendered = format.render(report, sdkVersion);
            if (output == null) {
                out.print(rendered);
            } else {
                Path target = output.toAbsolutePath().normalize();
                if (target.getParent() != null) {
                    Files.createDirectories(target.getParent());
                }
                Files.writeString(target, rendered, StandardCharsets.UTF_8);
                out.printf(
                        "%d changes (%d breaking), version bump %s; report written to %s%n",
                        report.changes().size(),
                        report.breakingCount(),
                        report.bump().id(),
                        output);
            }
            out.flush();
            return failOn.fails(report) ? FAILED : 0;
        } catch (BadInput | SpecException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("error: --output " + output + ": cannot be written (" + e.getMessage() + ")");
            return BAD_INPUT;
        }
    }

    private static URI existing(String option, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInput(option + " " + file + ": no such file");
        }
        return file.toAbsolutePath().normalize().toUri();
    }

    /** A file option naming nothing. */
    private static final class BadInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }
}
