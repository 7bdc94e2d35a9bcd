package dev.fluentcrm.maven;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * What the plugin wrote last time: the input fingerprint and every file with its hash. It lives
 * inside the main output directory, so it goes wherever the output goes (deleted by
 * {@code mvn clean} with it, committed with it). It is the plugin's licence to delete a file:
 * only files listed here, still holding the bytes it wrote, are ever removed.
 *
 * @param fingerprint hash of all inputs, see {@link Fingerprint}
 * @param files       what was written, sorted by root and path
 */
record Manifest(String fingerprint, List<Entry> files) {
    static final String FILE_NAME = ".fluentcrm-manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * @param root   the output directory relative to the manifest's directory ({@code .} for the main one)
     * @param path   the file relative to its output directory, with {@code /}
     * @param sha256 the bytes written
     */
    record Entry(String root, String path, String sha256) {
        Path file(Path manifestDirectory) {
            return manifestDirectory.resolve(root).resolve(path).normalize();
        }
    }

    /** The manifest in {@code directory}, or {@code null} when there is none or it cannot be read (then everything is regenerated). */
    static Manifest read(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Manifest manifest = JSON.readValue(file.toFile(), Manifest.class);
            return manifest.files() == null ? null : manifest;
        } catch (IOException e) {
            return null;
        }
    }

    void write(Path directory) {
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(FILE_NAME);
            Path temporary = directory.resolve(FILE_NAME + ".tmp");
            Files.write(temporary, (JSON.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8));
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + directory.resolve(FILE_NAME) + ": " + e.getMessage(), e);
        }
    }

    /** Whether every listed file is still there with the bytes that were written. */
    boolean filesIntact(Path directory) {
        return files.stream().allMatch(entry -> holds(entry.file(directory), entry.sha256()));
    }

    static boolean holds(Path file, String sha256) {
        try {
            return Files.isRegularFile(file)
                    && Hashes.sha256(Files.readAllBytes(file)).equals(sha256);
        } catch (IOException e) {
            return false;
        }
    }

    static boolean holds(Path file, byte[] content) {
        try {
            return Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content);
        } catch (IOException e) {
            return false;
        }
    }
}
