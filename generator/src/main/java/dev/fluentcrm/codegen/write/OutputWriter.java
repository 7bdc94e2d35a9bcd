package dev.fluentcrm.codegen.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * Writes generated files below a root. Everything is generated in memory first, so a failure
 * never leaves half an output; each file is written to a temporary sibling and moved into
 * place, and a file whose bytes did not change is not touched (its timestamp stays, so
 * incremental compilers skip it).
 */
public final class OutputWriter {
    /** Counts of what a write did. */
    public record Result(int written, int unchanged) {
    }

    public Result write(Path root, List<GeneratedFile> files) {
        int written = 0;
        int unchanged = 0;
        try {
            for (GeneratedFile file : files) {
                Path target = root.resolve(file.path()).normalize();
                if (!target.startsWith(root.normalize())) {
                    throw new IllegalArgumentException("Refusing to write outside " + root + ": " + file.path());
                }
                if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.content())) {
                    unchanged++;
                    continue;
                }
                Files.createDirectories(target.getParent());
                Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
                Files.write(temporary, file.content());
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write generated files below " + root + ": " + e.getMessage(), e);
        }
        return new Result(written, unchanged);
    }
}
