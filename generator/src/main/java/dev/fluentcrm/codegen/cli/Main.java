package dev.fluentcrm.codegen.cli;

import dev.fluentcrm.codegen.Generator;
import java.io.PrintWriter;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code java -jar fluentcrm-codegen.jar generate --spec ... --out ...},
 * {@code diff --old ... --new ...}, plus the {@link Subcommand}s other modules on the class path add
 * ({@code verify-live}).
 */
@Command(
        name = "fluentcrm-codegen",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Generates Java code from the FluentCRM OpenAPI document.",
        subcommands = {GenerateCommand.class, DiffCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, for tests and embedding. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Like {@link #run(String...)}, printing to {@code out} and {@code err} instead of the console. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine().setOut(out).setErr(err).execute(args);
    }

    private static CommandLine commandLine() {
        // Expected failures are reported by the commands; anything else is a bug, told in one line too.
        CommandLine commandLine = new CommandLine(new Main());
        for (Subcommand subcommand : ServiceLoader.load(Subcommand.class, Main.class.getClassLoader())) {
            commandLine.addSubcommand(subcommand);
        }
        return commandLine.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("error: internal error (please report it with the spec that caused it): " + e);
            return CommandLine.ExitCode.SOFTWARE;
        });
    }

    /** {@code --version}: the version the build wrote into the generator's classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"fluentcrm-codegen " + Generator.version()};
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
