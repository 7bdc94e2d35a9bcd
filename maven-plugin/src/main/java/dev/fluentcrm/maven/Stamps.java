package dev.fluentcrm.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
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
    private static final String HEADER = "fluentcrm-stamps 1";
    private static final long UNTRUSTED = Long.MIN_VALUE;

    /** A file's size and modification time in nanoseconds; {@code null} from {@link #of} when it does not exist. */
    record Stamp(long size, long modified) {
        static Stamp of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(attributes.isDirectory() ? -1 : attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException e) {
                return new Stamp(-2, UNTRUSTED);
            }
        }
    }

    private final String configuration;
    private final Map<Path, Stamp> files;

    private Stamps(String configuration, Map<Path, Stamp> files) {
        this.configuration = configuration;
        this.files = files;
    }

    /** Where the stamps of the output kept in {@code manifestDirectory} live. */
    static Path location(Path buildDirectory, Path manifestDirectory) {
        String key = Hashes.sha256(manifestDirectory.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return buildDirectory.resolve("fluentcrm-maven-plugin").resolve(key + ".stamps");
    }

    /** Stamps of {@code files} as they are now, for the given configuration; files changed within {@code racyNanos} are not trusted. */
    static Stamps take(String configuration, Collection<Path> files, long racyNanos) {
        long racy = System.currentTimeMillis() * 1_000_000 - racyNanos;
        Map<Path, Stamp> stamps = new LinkedHashMap<>();
        for (Path file : files) {
            Stamp stamp = Stamp.of(file);
            if (stamp != null && stamp.modified() >= racy) {
                stamp = new Stamp(stamp.size(), UNTRUSTED);
            }
            stamps.put(file.toAbsolutePath().normalize(), stamp);
        }
        return new Stamps(configuration, stamps);
    }

    /** True when the configuration is the same and every file still has its stamp (and none was untrusted). */
    boolean upToDate(String currentConfiguration) {
        if (!configuration.equals(currentConfiguration) || files.isEmpty()) {
            return false;
        }
        for (Map.Entry<Path, Stamp> entry : files.entrySet()) {
            Stamp recorded = entry.getValue();
            if (recorded == null || recorded.modified() == UNTRUSTED || !recorded.equals(Stamp.of(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** The stamps in {@code file}, or null when there are none or they cannot be read (then the slow check runs). */
    static Stamps read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("configuration ")) {
            return null;
        }
        Map<Path, Stamp> stamps = new LinkedHashMap<>();
        try {
            for (String line : lines.subList(2, lines.size())) {
                String[] parts = line.split(" ", 3);
                stamps.put(Path.of(parts[2]), new Stamp(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
            }
        } catch (RuntimeException e) {
            return null;
        }
        return new Stamps(lines.get(1).substring("configuration ".length()), stamps);
    }

    /** Writes the stamps to {@code file}; files that did not exist, or whose path has a line break, are left out (so the next check is a slow one). */
    void write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("configuration " + configuration);
        boolean complete = true;
        for (Map.Entry<Path, Stamp> entry : files.entrySet()) {
            String path = entry.getKey().toString();
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
