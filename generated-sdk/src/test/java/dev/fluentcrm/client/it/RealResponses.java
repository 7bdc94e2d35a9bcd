package dev.fluentcrm.client.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The answers captured from a real FluentCRM in {@code shared/reference/real-responses}: the
 * rows of its {@code _index.tsv} and the body files, read byte for byte.
 */
public final class RealResponses {
    private RealResponses() {}

    /** One row of {@code _index.tsv}: a capture's name, HTTP status, content type, method and API path. */
    public record Capture(String name, int status, String contentType, String method, String path) {
        /** The body exactly as captured. */
        public String body() {
            return RealResponses.body(name);
        }

        /** The captured answer, to be served verbatim. */
        public ScriptedServer.Reply reply() {
            return ScriptedServer.Reply.of(status, contentType, body());
        }

        @Override
        public String toString() {
            return name + " (" + status + " " + method + " " + path + ")";
        }
    }

    /** The directory, from the {@code fluentcrm.reference} property the parent pom gives surefire. */
    public static Path directory() {
        String reference = System.getProperty("fluentcrm.reference");
        if (reference == null) {
            throw new IllegalStateException(
                    "-Dfluentcrm.reference is not set (the parent pom's surefire configuration sets it)");
        }
        return Path.of(reference, "real-responses").normalize();
    }

    public static List<Capture> index() {
        try {
            return Files.readAllLines(directory().resolve("_index.tsv"), StandardCharsets.UTF_8).stream()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t"))
                    .map(f -> new Capture(f[0], Integer.parseInt(f[1]), f[2], f[4], f[5]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Capture capture(String name) {
        return index().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no capture " + name + " in _index.tsv"));
    }

    public static String body(String name) {
        try {
            return Files.readString(directory().resolve(name + ".json"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
