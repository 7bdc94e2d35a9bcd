package dev.fluentcrm.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * One hash over everything that affects the output: the spec and every file its {@code $ref}s
 * reach, the overlays (and theirs), the configuration, the templates, and the generator's own
 * code. The version number alone is not enough for the code: a SNAPSHOT changes under the same
 * version, so the jars themselves are hashed (they are built reproducibly, so the same code has
 * the same bytes). Paths are written relative to the project so a committed manifest means
 * the same on every machine.
 */
final class Fingerprint {
    private final List<String> lines = new ArrayList<>();
    private final Path basedir;

    private Fingerprint(Path basedir) {
        this.basedir = basedir;
    }

    static String of(Settings settings, List<String> code) {
        Fingerprint print = new Fingerprint(settings.basedir());
        print.lines.addAll(code);
        if (settings.specFile() == null) {
            print.line("spec", settings.spec().toString().replaceAll("^.*!/", "bundled:"), hash(settings.spec()));
        } else {
            print.specFiles("spec", settings.specFile());
        }
        settings.overlays().forEach(overlay -> print.specFiles("overlay", overlay));
        print.line("package", settings.packageName());
        settings.outputs().forEach(output -> print.line("output", output.id()));
        settings.roots().forEach((root, dir) -> print.line("root", root.name(), print.relative(dir)));
        print.line("manifest", print.relative(settings.manifestDirectory()));
        var project = settings.project();
        print.line("project", project.groupId(), project.artifactId(), project.version(), project.name());
        if (settings.templateDirectory() != null) {
            print.tree("template", settings.templateDirectory());
        }
        return Hashes.sha256(String.join("\n", print.lines).getBytes(StandardCharsets.UTF_8));
    }

    /** Identifies code by content: each class's jar (or classes directory) hashed. */
    static List<String> code(List<Class<?>> classes) {
        List<String> lines = new ArrayList<>();
        for (Class<?> type : classes) {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : path(source.getLocation());
            lines.add("code " + type.getName() + " " + (location == null ? "unknown" : hashTree(location)));
        }
        return lines;
    }

    private void specFiles(String kind, Path spec) {
        List<Path> files = SpecReferences.files(spec);
        line(kind, relative(files.get(0)), hash(files.get(0)));
        files.subList(1, files.size()).forEach(file -> line(kind + "-ref", relative(file), hash(file)));
    }

    private void tree(String kind, Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).sorted().forEach(file -> line(kind, dir.relativize(file).toString().replace('\\', '/'), hash(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    private void line(String... parts) {
        lines.add(String.join(" ", parts));
    }

    private String relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(basedir) ? basedir.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    private static String hash(Path file) {
        try {
            return Files.isRegularFile(file) ? Hashes.sha256(Files.readAllBytes(file)) : "missing";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String hash(java.net.URI resource) {
        try (InputStream in = resource.toURL().openStream()) {
            return Hashes.sha256(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    private static String hashTree(Path location) {
        if (Files.isRegularFile(location)) {
            return hash(location);
        }
        var digest = Hashes.digest();
        try (Stream<Path> walk = Files.walk(location)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Path path(URL url) {
        try {
            return "file".equals(url.getProtocol()) ? Path.of(url.toURI()) : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
