package dev.fluentcrm.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The fast path of the up-to-date check: the size and modification time of every file the last
 * fingerprint read and every file the plugin wrote, kept in the build directory. When the
 * configuration is the same and none of those files changed size or time, the output is up to
 * date without reading a byte: a few hundred {@code stat} calls instead of hashing the spec,
 * the generator's jars and a thousand generated files. Any difference, or no cache, falls back to
 * the content-based check of {@link Fingerprint} and {@link Manifest}, whose verdict is then
 * cached again. The manifest stays content-based and portable; this file is machine-local.
 *
 * <p>A file modified within {@link #RACY_NANOS} of taking the stamps is not trusted (the same
 * precaution as git's "racy" index entries): on a file system with coarse timestamps it could
 * still change without its time changing. It is hashed again next time, and stamped then.
 */
final class Stamps {
    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final String HEADER = "fluentcrm-stamps 3";
    private static final String END_OF_CONFIGURATION = "--";
    private static final long UNTRUSTED = Long.MIN_VALUE;

    /** A file's size and modification time in milliseconds. */
    record Stamp(long size, long modified) {
        /**
         * The stamp of {@code file} now, or null when it does not exist. Two plain system calls
         * through {@link File}: a check stamps a thousand files in the cold JVM of a Maven run,
         * where every layer of {@code Files.readAttributes} is interpreted.
         */
        static Stamp of(File file) {
            long modified = file.lastModified();
            return modified == 0L ? null : new Stamp(file.length(), modified);
        }
    }

    private final String configuration;
    private final Map<String, Stamp> files;

    private Stamps(String configuration, Map<String, Stamp> files) {
        this.configuration = configuration;
        this.files = files;
    }

    /** Where the stamps of the output kept in {@code manifestDirectory} live. */
    static Path location(Path buildDirectory, Path manifestDirectory) {
        // String.hashCode is specified, so the name is the same on every run; a collision of two
        // outputs of one project would only make both take the slow check.
        String key = Integer.toHexString(manifestDirectory.toString().hashCode());
        return buildDirectory.resolve("fluentcrm-maven-plugin").resolve(key + ".stamps");
    }

    /** Stamps of {@code files} as they are now, for the given configuration; files changed within {@code racyNanos} are not trusted. */
    static Stamps take(String configuration, Collection<Path> files, long racyNanos) {
        long racy = System.currentTimeMillis() - TimeUnit.NANOSECONDS.toMillis(racyNanos);
        Map<String, Stamp> stamps = new LinkedHashMap<>();
        for (Path file : files) {
            String path = file.toAbsolutePath().normalize().toString();
            Stamp stamp = Stamp.of(new File(path));
            if (stamp != null && stamp.modified() >= racy) {
                stamp = new Stamp(stamp.size(), UNTRUSTED);
            }
            stamps.put(path, stamp);
        }
        return new Stamps(configuration, stamps);
    }

    /** True when the configuration is the same and every file still has its stamp (and none was untrusted). */
    boolean upToDate(String currentConfiguration) {
        if (!configuration.equals(currentConfiguration) || files.isEmpty()) {
            return false;
        }
        // On every core: each file is a pair of system calls, and the JVM is too cold to be quick.
        return files.entrySet().parallelStream()
                .allMatch(entry -> unchanged(entry.getValue(), new File(entry.getKey())));
    }

    /** Compared field by field: a record's generated equals runs through method handles, slow while the JVM is cold. */
    private static boolean unchanged(Stamp recorded, File file) {
        if (recorded == null || recorded.modified() == UNTRUSTED) {
            return false;
        }
        return file.lastModified() == recorded.modified() && file.length() == recorded.size();
    }

    /** The stamps in {@code file}, or null when there are none or they cannot be read (then the slow check runs). */
    static Stamps read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        int end = lines.indexOf(END_OF_CONFIGURATION);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER) || end < 0) {
            return null;
        }
        Map<String, Stamp> stamps = new LinkedHashMap<>();
        try {
            for (String line : lines.subList(end + 1, lines.size())) {
                int first = line.indexOf(' ');
                int second = line.indexOf(' ', first + 1);
                stamps.put(
                        line.substring(second + 1),
                        new Stamp(
                                Long.parseLong(line.substring(0, first)),
                                Long.parseLong(line.substring(first + 1, second))));
            }
        } catch (RuntimeException e) {
            return null;
        }
        return new Stamps(String.join("\n", lines.subList(1, end)), stamps);
    }

    /** Writes the stamps to {@code file}; when a file did not exist or its path has a line break, it writes none (and removes old ones), so the next check is a slow one. */
    void write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(configuration.lines().toList());
        lines.add(END_OF_CONFIGURATION);
        boolean complete = !lines.subList(1, lines.size() - 1).contains(END_OF_CONFIGURATION);
        for (Map.Entry<String, Stamp> entry : files.entrySet()) {
            String path = entry.getKey();
            if (entry.getValue() == null || path.contains("\n") || path.contains("\r")) {
                complete = false;
                continue;
            }
            lines.add(entry.getValue().size() + " " + entry.getValue().modified() + " " + path);
        }
        try {
            if (!complete) {
                Files.deleteIfExists(file);
                return;
            }
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
