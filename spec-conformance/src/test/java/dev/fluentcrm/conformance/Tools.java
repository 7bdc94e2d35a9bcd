package dev.fluentcrm.conformance;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Where the build put the spec and the tools, and a way to run a command and keep what it said. */
final class Tools {
    /** A bound on one external command, so that a hung tool fails the test instead of the build. */
    private static final long COMMAND_LIMIT_MINUTES = 10;

    private Tools() {}

    static Path specYaml() {
        return existing("conformance.spec.yaml");
    }

    static Path specJson() {
        return existing("conformance.spec.json");
    }

    /** The document's name as messages give it: the published file, relative to this module. */
    static String specName(Path file) {
        return Path.of("").toAbsolutePath().relativize(file.toAbsolutePath()).toString();
    }

    static Path work(String name) {
        Path dir = Path.of(property("conformance.work")).resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run the tests through Maven");
        }
        return value;
    }

    private static Path existing(String property) {
        Path path = Path.of(property(property));
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is missing: the build copies it in generate-test-resources");
        }
        return path;
    }

    /** Whether an executable of that name is on the PATH. */
    static boolean onPath(String executable) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, executable))) {
                return true;
            }
        }
        return false;
    }

    /** What a finished command left: its exit code and its output (stdout and stderr, interleaved). */
    record Result(int exitCode, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    static Result run(Path directory, Map<String, String> environment, List<String> command) {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            if (!process.waitFor(COMMAND_LIMIT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(
                        String.join(" ", command) + " did not finish within " + COMMAND_LIMIT_MINUTES + " minutes");
            }
            return new Result(process.exitValue(), output.join());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs a command whose standard output is a report (JSON): standard error, where tools put
     * their banners and progress, goes to its own file and is not part of the result's output.
     */
    static Result runForReport(Path directory, Map<String, String> environment, List<String> command) {
        Path stderr = directory.resolve("stderr.txt");
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectError(stderr.toFile());
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            if (!process.waitFor(COMMAND_LIMIT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(
                        String.join(" ", command) + " did not finish within " + COMMAND_LIMIT_MINUTES + " minutes");
            }
            return new Result(process.exitValue(), output.join());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Result run(Path directory, List<String> command) {
        return run(directory, Map.of(), command);
    }

    static List<String> command(Object... parts) {
        List<String> command = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof List<?> list) {
                list.forEach(item -> command.add(item.toString()));
            } else {
                command.add(part.toString());
            }
        }
        return command;
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
