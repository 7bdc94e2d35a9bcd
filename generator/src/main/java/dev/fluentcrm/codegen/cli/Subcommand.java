package dev.fluentcrm.codegen.cli;

import java.util.concurrent.Callable;

/**
 * A picocli command that another module adds to the command line, found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.fluentcrm.codegen.cli.Subcommand}):
 * {@code verify-live} needs the runtime and the spec, which the generator does not depend on.
 */
public interface Subcommand extends Callable<Integer> {}
