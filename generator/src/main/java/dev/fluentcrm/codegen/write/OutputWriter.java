package dev.fluentcrm.codegen.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Writes generated files below a root. Everything is generated in memory first, so a failure
 * never leaves half an output; each file is written to a temporary sibling and moved into
 * place, and a file whose bytes did not change is not touched (its timestamp stays, so
 * incremental compilers skip it).
 */
public final class OutputWriter {
    /** Counts of what a write did. */
    public record Result(int written, int unchanged) {}

    public Result write(Path root, List<GeneratedFile> files) {
        Path base = root.normalize();
        List<Path> targets = new ArrayList<>(files.size());
        for (GeneratedFile file : files) {
            Path target = base.resolve(file.path()).normalize();
            if (!target.startsWith(base) || target.equals(base)) {
                throw new IllegalArgumentException("Refusing to write outside " + root + ": " + file.path());
            }
            targets.add(target);
        }
        try {
            for (Path directory :
                    new TreeSet<>(targets.stream().map(Path::getParent).toList())) {
                Files.createDirectories(directory);
            }
            // Files are independent; on a full client (about a thousand files) writing them on
            // every core is a visible part of a generation.
            int written = IntStream.range(0, files.size())
                    .parallel()
                    .map(i -> writeIfChanged(targets.get(i), files.get(i).content()) ? 1 : 0)
                    .sum();
            return new Result(written, files.size() - written);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write generated files below " + root + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException(
                    "Cannot write generated files below " + root + ": "
                            + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /** Writes {@code content} to {@code target} unless it holds those bytes already; true if written. */
    private static boolean writeIfChanged(Path target, byte[] content) {
        try {
            if (Files.isRegularFile(target)
                    && Files.size(target) == content.length
                    && Arrays.equals(Files.readAllBytes(target), content)) {
                return false;
            }
            Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
