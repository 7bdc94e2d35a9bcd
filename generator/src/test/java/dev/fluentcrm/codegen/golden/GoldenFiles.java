package dev.fluentcrm.codegen.golden;

import dev.fluentcrm.codegen.write.GeneratedFile;
import dev.fluentcrm.codegen.write.OutputWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Compares generated files with a committed tree, and rewrites that tree on request. */
final class GoldenFiles {
    private GoldenFiles() {}

    /** Every file below {@code folder}, by path relative to {@code root} (with {@code /}). */
    static Map<String, byte[]> read(Path root, Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * The first difference between the committed files and the generated ones, as a message naming
     * the file and, for changed content, the first line that differs; empty when they match.
     */
    static Optional<String> firstDifference(Map<String, byte[]> expected, List<GeneratedFile> actual) {
        Map<String, byte[]> generated = asMap(actual);
        for (String path : union(expected, generated)) {
            byte[] want = expected.get(path);
            byte[] got = generated.get(path);
            if (want == null) {
                return Optional.of(path + ": generated, but no such file is committed");
            }
            if (got == null) {
                return Optional.of(path + ": committed, but no longer generated");
            }
            if (!Arrays.equals(want, got)) {
                return Optional.of(path + ":" + firstDifferentLine(want, got));
            }
        }
        return Optional.empty();
    }

    static Map<String, byte[]> asMap(List<GeneratedFile> files) {
        Map<String, byte[]> map = new TreeMap<>();
        files.forEach(f -> map.put(f.path(), f.content()));
        return map;
    }

    private static Set<String> union(Map<String, byte[]> a, Map<String, byte[]> b) {
        Set<String> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }

    /** {@code 12: expected <..> but was <..>}, lines counted from 1; line endings count. */
    static String firstDifferentLine(byte[] expected, byte[] actual) {
        String[] want = new String(expected, StandardCharsets.UTF_8).split("(?<=\n)", -1);
        String[] got = new String(actual, StandardCharsets.UTF_8).split("(?<=\n)", -1);
        for (int i = 0; i < Math.max(want.length, got.length); i++) {
            String w = i < want.length ? want[i] : null;
            String g = i < got.length ? got[i] : null;
            if (w == null || !w.equals(g)) {
                return (i + 1) + ": expected " + show(w) + " but was " + show(g);
            }
        }
        return "1: the bytes differ but no line does";
    }

    private static String show(String line) {
        if (line == null) {
            return "<end of file>";
        }
        return "<" + line.replace("\r", "\\r").replace("\n", "\\n") + ">";
    }

    /** Replaces everything below {@code folder} with {@code files} (paths relative to {@code root}). */
    static void rewrite(Path root, Path folder, List<GeneratedFile> files) {
        try {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new OutputWriter().write(root, files);
    }
}
