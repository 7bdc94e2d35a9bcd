package dev.fluentcrm.runtime.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bodies captured from a real FluentCRM in shared/reference/real-responses, with their index. */
public final class RealResponses {
    private RealResponses() {}

    /** One line of {@code _index.tsv}. */
    public record Sample(String name, int status, String contentType, String method, String path) {
        public String body() {
            return RealResponses.body(name);
        }

        @Override
        public String toString() {
            return name + " (" + status + ")";
        }
    }

    public static Path directory() {
        String configured = System.getProperty("fluentcrm.reference");
        List<Path> candidates = configured == null
                ? List.of(
                        Path.of("/work/shared/reference"),
                        Path.of("../../shared/reference"),
                        Path.of("../shared/reference"))
                : List.of(Path.of(configured), Path.of("/work/shared/reference"));
        for (Path candidate : candidates) {
            Path dir = candidate.resolve("real-responses").normalize();
            if (Files.isRegularFile(dir.resolve("_index.tsv"))) {
                return dir;
            }
        }
        throw new IllegalStateException("real-responses not found; set -Dfluentcrm.reference");
    }

    public static String body(String name) {
        try {
            return Files.readString(directory().resolve(name + ".json"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Sample> index() {
        try {
            return Files.readAllLines(directory().resolve("_index.tsv"), StandardCharsets.UTF_8).stream()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t"))
                    .map(f -> new Sample(f[0], Integer.parseInt(f[1]), f[2], f[4], f[5]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Sample sample(String name) {
        return index().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
