package dev.fluentcrm.live;

import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.cli.Subcommand;
import dev.fluentcrm.codegen.load.SpecException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verify-live --site URL --user NAME --app-password-env VAR [--no-rights-user NAME
 * --no-rights-password-env VAR] [--spec FILE] [--overlay FILE ...] [--write-scenario] [--report FILE.json]}:
 * exits 0 without mismatches, 1 with, 2 when it could not check (usage, a bad spec, a site that does not answer).
 */
@Command(
        name = "verify-live",
        mixinStandardHelpOptions = true,
        description = "Checks a running FluentCRM site against the spec: routes, answers, decoding, write round trips.")
public final class VerifyLiveCommand implements Subcommand {
    static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec command;

    @Option(names = "--site", required = true, paramLabel = "URL", description = "The WordPress address of the site.")
    String site;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "A user with FluentCRM's rights.")
    String user;

    @Option(
            names = "--app-password-env",
            required = true,
            paramLabel = "VAR",
            description =
                    "The environment variable holding that user's Application Password (never the password itself).")
    String passwordEnv;

    @Option(
            names = "--no-rights-user",
            paramLabel = "NAME",
            description = "A user without FluentCRM rights, for the 403 check.")
    String noRightsUser;

    @Option(
            names = "--no-rights-password-env",
            paramLabel = "VAR",
            description = "The environment variable holding the Application Password of --no-rights-user.")
    String noRightsPasswordEnv;

    @Option(
            names = "--spec",
            paramLabel = "FILE",
            description = "The OpenAPI document (default: the bundled FluentCRM spec).")
    Path spec;

    @Option(names = "--overlay", paramLabel = "FILE", description = "An overlay merged into the spec; repeatable.")
    List<Path> overlays = new ArrayList<>();

    @Option(
            names = "--package",
            defaultValue = GeneratorOptions.DEFAULT_PACKAGE,
            paramLabel = "NAME",
            description =
                    "The package the types of --spec/--overlay are generated in for decoding (default: ${DEFAULT-VALUE}).")
    String basePackage;

    @Option(
            names = "--release",
            paramLabel = "TEXT",
            description =
                    "The site's release as x-fluentcrm-availability names it (\"FluentCRM 2.9.84 + FluentCampaign Pro 2.8.45\"); "
                            + "default: read from the site's plugin list.")
    String release;

    @Option(
            names = "--write-scenario",
            description = "Also create, update and delete records (deleted again) and check the typed errors.")
    boolean writeScenario;

    @Option(names = "--report", paramLabel = "FILE.json", description = "Also write every finding to this JSON file.")
    Path report;

    @Option(
            names = "--timeout",
            defaultValue = "60",
            paramLabel = "SECONDS",
            description = "How long one call may take (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        String password = System.getenv(passwordEnv);
        if (password == null || password.isEmpty()) {
            err.println("error: --app-password-env: the environment variable " + passwordEnv + " is not set");
            return USAGE;
        }
        Credentials noRights = null;
        if ((noRightsUser == null) != (noRightsPasswordEnv == null)) {
            err.println("error: --no-rights-user and --no-rights-password-env go together");
            return USAGE;
        }
        if (noRightsUser != null) {
            String other = System.getenv(noRightsPasswordEnv);
            if (other == null || other.isEmpty()) {
                err.println("error: --no-rights-password-env: the environment variable " + noRightsPasswordEnv
                        + " is not set");
                return USAGE;
            }
            noRights = new Credentials(noRightsUser, other);
        }
        Redactor redactor = new Redactor(password, noRights == null ? null : noRights.password());
        Path work = null;
        try {
            LiveSpec liveSpec = LiveSpec.load(spec, overlays);
            work = Files.createTempDirectory("fluentcrm-verify-live");
            Path workDirectory = work;
            LiveVerifier.Options options = new LiveVerifier.Options(
                    site,
                    new Credentials(user, password),
                    noRights,
                    release,
                    writeScenario,
                    Duration.ofSeconds(timeoutSeconds));
            Report result = new LiveVerifier(liveSpec, () -> classes(liveSpec, workDirectory)).run(options);
            for (Finding finding : result.findings()) {
                if (finding.isMismatch()) {
                    out.println(redactor.apply(finding.line()));
                }
            }
            for (Finding finding : result.findings()) {
                if (!finding.isMismatch()) {
                    out.println(redactor.apply(finding.line()));
                }
            }
            out.println(redactor.apply(result.summary()));
            if (report != null) {
                result.writeJson(report);
            }
            return result.mismatches() == 0 ? 0 : 1;
        } catch (SpecException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            err.println(redactor.apply("error: " + e.getMessage()));
            return USAGE;
        } catch (SiteClient.SiteUnreachableException e) {
            err.println(redactor.apply("error: the site does not answer: " + e.getMessage()));
            return USAGE;
        } catch (IOException e) {
            err.println("error: cannot make a temporary directory: " + e.getMessage());
            return USAGE;
        } finally {
            delete(work);
        }
    }

    /**
     * The bundled spec decodes with {@code fluentcrm-sdk}'s classes when they are on the class path
     * (the CLI jar ships them); any other spec, or a class path without them, with its own model
     * compiled in-process.
     */
    private ModelClasses classes(LiveSpec liveSpec, Path work) {
        if (liveSpec.isBundled()) {
            try {
                return ModelClasses.onClassPath(
                        VerifyLiveCommand.class.getClassLoader(),
                        GeneratorOptions.DEFAULT_PACKAGE,
                        liveSpec.api(),
                        "fluentcrm-sdk (on the class path)");
            } catch (IllegalArgumentException notThere) {
                // Not shipped with this class path: generate the same classes from the same spec.
            }
        }
        return ModelClasses.compile(liveSpec.api(), basePackage, work);
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is not worth failing the run for.
        }
    }

    /** Replaces the passwords wherever they might appear in a line, as a second guard behind never printing them. */
    record Redactor(String password, String otherPassword) {
        String apply(String line) {
            String safe = line.replace(password, "****");
            return otherPassword == null ? safe : safe.replace(otherPassword, "****");
        }
    }
}
