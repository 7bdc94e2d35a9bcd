package dev.fluentcrm.maven;

import dev.fluentcrm.codegen.OutputKind.Destination;
import dev.fluentcrm.codegen.write.GeneratedFile;
import dev.fluentcrm.codegen.write.OutputWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings the output directories in line with a generation: writes files whose bytes changed,
 * removes files the previous manifest lists that are no longer generated, then records the new
 * manifest. A listed file that someone has edited since is left alone and reported: the
 * plugin only deletes what is still exactly what it wrote.
 */
final class OutputSync {
    /** What one sync did. {@code kept} are stale files left in place because they were edited. */
    record Result(int generated, int written, int unchanged, int removed, List<Path> kept, Manifest manifest) {}

    private OutputSync() {}

    static Result apply(
            Settings settings,
            Map<Destination, List<GeneratedFile>> generation,
            Manifest previous,
            String fingerprint) {
        Path manifestDir = settings.manifestDirectory();
        List<Manifest.Entry> entries = new ArrayList<>();
        Set<Path> current = new HashSet<>();
        int written = 0;
        int unchanged = 0;
        for (Map.Entry<Destination, List<GeneratedFile>> output : generation.entrySet()) {
            Path root = settings.roots().get(output.getKey());
            OutputWriter.Result result = new OutputWriter().write(root, output.getValue());
            written += result.written();
            unchanged += result.unchanged();
            String relativeRoot = relative(manifestDir, root);
            for (GeneratedFile file : output.getValue()) {
                entries.add(new Manifest.Entry(relativeRoot, file.path(), Hashes.sha256(file.content())));
                current.add(root.resolve(file.path()).normalize());
            }
        }
        int removed = 0;
        List<Path> kept = new ArrayList<>();
        if (previous != null) {
            for (Manifest.Entry old : previous.files()) {
                Path file = old.file(manifestDir);
                if (current.contains(file) || !Files.exists(file)) {
                    continue;
                }
                if (Manifest.holds(file, old.sha256())) {
                    delete(file, manifestDir.resolve(old.root()).normalize());
                    removed++;
                } else {
                    kept.add(file);
                }
            }
        }
        Manifest manifest = new Manifest(fingerprint, entries);
        manifest.write(manifestDir);
        return new Result(entries.size(), written, unchanged, removed, kept, manifest);
    }

    /** Deletes the file and the directories it leaves empty, up to (not including) its output root. */
    private static void delete(Path file, Path root) {
        try {
            Files.delete(file);
            for (Path dir = file.getParent();
                    dir != null && dir.startsWith(root) && !dir.equals(root);
                    dir = dir.getParent()) {
                try {
                    Files.delete(dir);
                } catch (DirectoryNotEmptyException e) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the stale generated file " + file + ": " + e.getMessage(), e);
        }
    }

    static String relative(Path from, Path to) {
        String path = from.relativize(to).toString().replace('\\', '/');
        return path.isEmpty() ? "." : path;
    }
}
