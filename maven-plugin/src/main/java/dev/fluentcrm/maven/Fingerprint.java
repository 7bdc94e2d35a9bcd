package dev.fluentcrm.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    /** The fingerprint, and every file (and directory walked) it read, for {@link Stamps}. */
    record Inputs(String fingerprint, List<Path> files) {}

    private final List<String> lines = new ArrayList<>();
    private final List<Path> read = new ArrayList<>();
    private final Path basedir;

    private Fingerprint(Path basedir) {
        this.basedir = basedir;
    }

    /** Hashes the configuration and the content of every input; {@code code} names the classes whose jars count as the generator. */
    static Inputs of(Settings settings, List<String> code) {
        Fingerprint print = new Fingerprint(settings.basedir());
        for (String type : code) {
            Path location = location(type);
            print.line("code", type, location == null ? "unknown" : print.hashTree(location));
        }
        if (settings.specFile() == null) {
            print.line("spec", settings.spec().toString().replaceAll("^.*!/", "bundled:"), print.hash(settings.spec()));
        } else {
            print.specFiles("spec", settings.specFile());
        }
        settings.overlays().forEach(overlay -> print.specFiles("overlay", overlay));
        print.parameters(settings);
        if (settings.options().templates() != null) {
            print.tree("template", settings.options().templates());
        }
        return new Inputs(
                Hashes.sha256(String.join("\n", print.lines).getBytes(StandardCharsets.UTF_8)),
                List.copyOf(print.read));
    }

    /**
     * Everything of {@link #of} but the contents: the parameters and where each input is, as
     * text. Cheap (no file is read, nothing hashed: a digest's first use alone costs a cold JVM
     * milliseconds), it keys the {@link Stamps} of the fast up-to-date check.
     */
    static String configuration(Settings settings, List<String> code) {
        Fingerprint print = new Fingerprint(settings.basedir());
        for (String type : code) {
            print.line("code", type, String.valueOf(location(type)));
        }
        print.line("spec", settings.spec().toString());
        settings.overlays().forEach(overlay -> print.line("overlay", overlay.toString()));
        print.parameters(settings);
        print.line("templates", String.valueOf(settings.options().templates()));
        return String.join("\n", print.lines);
    }

    private void parameters(Settings settings) {
        line("package", settings.options().basePackage());
        line("testing package", settings.options().testingPackage());
        line("extends", String.valueOf(settings.options().extendedPackage()));
        settings.options().outputs().forEach(output -> line("output", output.id()));
        settings.options().provided().forEach(output -> line("provided", output.id()));
        settings.roots().forEach((destination, dir) -> line("root", destination.name(), relative(dir)));
        line("manifest", relative(settings.manifestDirectory()));
        var project = settings.options().project();
        line("project", project.groupId(), project.artifactId(), project.version(), project.name());
    }

    /**
     * The jar or classes directory holding the named class, found as a resource: loading the
     * class would cost the no-op check its time (its jar is the whole plugin).
     */
    static Path location(String className) {
        String resource = className.replace('.', '/') + ".class";
        ClassLoader loader = Fingerprint.class.getClassLoader();
        // In Maven, the plugin's realm (a URLClassLoader) holds the code: looking only there
        // spares a search of Maven's own realms first.
        URL url = loader instanceof URLClassLoader realm ? realm.findResource(resource) : null;
        if (url == null) {
            url = loader.getResource(resource);
        }
        if (url == null) {
            return null;
        }
        if (url.toString().startsWith("jar:")) {
            return holder(url.toString());
        }
        Path file = path(url);
        return file == null || !file.endsWith(resource)
                ? null
                : file.getRoot()
                        .resolve(file.subpath(
                                0, file.getNameCount() - Path.of(resource).getNameCount()));
    }

    private void specFiles(String kind, Path spec) {
        List<Path> files = SpecReferences.files(spec);
        line(kind, relative(files.get(0)), hash(files.get(0)));
        files.subList(1, files.size()).forEach(file -> line(kind + "-ref", relative(file), hash(file)));
    }

    private void tree(String kind, Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) walk.sorted()::iterator) {
                if (Files.isRegularFile(path)) {
                    line(kind, dir.relativize(path).toString().replace('\\', '/'), hash(path));
                } else {
                    // A directory's time changes when a file is added or removed in it.
                    read.add(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    private void line(String... parts) {
        lines.add(String.join(" ", parts));
    }

    private String relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(basedir) ? basedir.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }

    private String hash(Path file) {
        read.add(file);
        try {
            return Files.isRegularFile(file) ? Hashes.sha256(Files.readAllBytes(file)) : "missing";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A resource (the bundled spec): its bytes are hashed, and the jar (or file) holding it is the input to stamp. */
    private String hash(URI resource) {
        Path holder = holder(resource.toString());
        // Not a local file: only its content counts, and a missing input keeps the fast check from being taken.
        read.add(holder != null ? holder : basedir.resolve(".fluentcrm-no-such-input"));
        try (InputStream in = resource.toURL().openStream()) {
            return Hashes.sha256(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    private String hashTree(Path location) {
        if (Files.isRegularFile(location)) {
            return hash(location);
        }
        var digest = Hashes.digest();
        try (Stream<Path> walk = Files.walk(location)) {
            for (Path file : (Iterable<Path>) walk.sorted()::iterator) {
                read.add(file);
                if (Files.isRegularFile(file)) {
                    digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The local file a resource URL points into: the jar of {@code jar:file:...!/entry}, or the file itself; null when not local. */
    private static Path holder(String url) {
        String location = url;
        if (location.startsWith("jar:")) {
            int separator = location.indexOf("!/");
            location = location.substring("jar:".length(), separator < 0 ? location.length() : separator);
        }
        try {
            return path(new URL(location));
        } catch (MalformedURLException e) {
            return null;
        }
    }

    private static Path path(URL url) {
        try {
            return "file".equals(url.getProtocol()) ? Path.of(url.toURI()) : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
