package dev.fluentcrm.codegen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar fluentcrm-codegen.jar generate --spec ... --out ...}. */
@Command(name = "fluentcrm-codegen", mixinStandardHelpOptions = true, version = "fluentcrm-codegen 0.1.0",
        description = "Generates Java code from the FluentCRM OpenAPI document.",
        subcommands = GenerateCommand.class)
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, for tests and embedding. */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
