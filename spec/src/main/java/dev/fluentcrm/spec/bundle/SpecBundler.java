package dev.fluentcrm.spec.bundle;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Bundles the spec sources ({@code openapi.yaml}, {@code components/*.yaml},
 * {@code paths/*.yaml}) into one self-contained OpenAPI document.
 *
 * <p>Usage: {@code SpecBundler [--spec-version=VERSION] SOURCE_DIR OUTPUT_BASE [MORE_OUTPUT_BASES...]};
 * each output base gets a {@code .yaml} and a {@code .json}; the version, when given, becomes
 * {@code info.x-spec-version}. Files are read in name order so the bundle
 * is identical on every machine.
 */
public final class SpecBundler {
    /** The extension in {@code info} that holds the version of the document itself. */
    public static final String SPEC_VERSION_KEY = "x-spec-version";

    private static final String SPEC_VERSION_OPTION = "--spec-version=";

    /** Refuses a key written twice in one mapping, which a plain reader would resolve by dropping the first. */
    private final YAMLMapper reader = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public static void main(String[] args) {
        List<String> arguments = new ArrayList<>(List.of(args));
        String specVersion = null;
        if (!arguments.isEmpty() && arguments.get(0).startsWith(SPEC_VERSION_OPTION)) {
            specVersion = arguments.remove(0).substring(SPEC_VERSION_OPTION.length());
        }
        if (arguments.size() < 2) {
            System.err.println(
                    "usage: SpecBundler [--spec-version=VERSION] SOURCE_DIR OUTPUT_BASE [MORE_OUTPUT_BASES...]");
            System.exit(2);
        }
        try {
            ObjectNode document = new SpecBundler().bundle(Path.of(arguments.get(0)));
            if (specVersion != null) {
                stampSpecVersion(document, specVersion);
            }
            SpecWriter writer = new SpecWriter();
            byte[] yaml = writer.yaml(document);
            byte[] json = writer.json(document);
            for (int i = 1; i < arguments.size(); i++) {
                write(Path.of(arguments.get(i) + ".yaml"), yaml);
                write(Path.of(arguments.get(i) + ".json"), json);
            }
            System.out.printf(
                    "Bundled %d paths and %d schemas into %s.{yaml,json}%n",
                    document.path("paths").size(),
                    document.path("components").path("schemas").size(),
                    arguments.get(1));
        } catch (SpecBundleException e) {
            System.err.println("Spec error: " + e.getMessage());
            System.exit(1);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not bundle the spec: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Records the version of the document itself as {@code info.x-spec-version}, right after
     * {@code info.version} (which names the FluentCRM release the document describes). The
     * build passes the artifact's version, so the two can never drift apart; the sources must
     * not set it themselves.
     */
    public static void stampSpecVersion(ObjectNode document, String specVersion) {
        if (specVersion.isBlank()) {
            throw new SpecBundleException("the spec version is empty");
        }
        JsonNode info = document.path("info");
        if (!info.isObject() || !info.hasNonNull("version")) {
            throw new SpecBundleException(
                    "#/info/version: missing; it names the FluentCRM release the document describes");
        }
        if (info.has(SPEC_VERSION_KEY)) {
            throw new SpecBundleException("#/info/" + SPEC_VERSION_KEY
                    + ": set by the build from the artifact version; remove it from the sources");
        }
        ObjectNode stamped = document.objectNode();
        info.properties().forEach(field -> {
            stamped.set(field.getKey(), field.getValue());
            if (field.getKey().equals("version")) {
                stamped.put(SPEC_VERSION_KEY, specVersion);
            }
        });
        document.set("info", stamped);
    }

    /** Reads and merges every source file under {@code sourceDir}. */
    public ObjectNode bundle(Path sourceDir) {
        Path rootFile = sourceDir.resolve("openapi.yaml");
        JsonNode root = read(rootFile);
        if (!root.isObject()) {
            throw new SpecBundleException(rootFile + ": the root document must be a mapping");
        }
        FragmentMerger merger = new FragmentMerger((ObjectNode) root, rootFile);
        for (Path fragment : fragments(sourceDir.resolve("components"))) {
            merger.merge(fragment, read(fragment));
        }
        for (Path fragment : fragments(sourceDir.resolve("paths"))) {
            merger.merge(fragment, read(fragment));
        }
        return merger.document();
    }

    private JsonNode read(Path file) {
        try {
            JsonNode node = reader.readTree(file.toFile());
            if (node == null || node.isMissingNode()) {
                throw new SpecBundleException(file + ": the file is empty");
            }
            return node;
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            throw new SpecBundleException(file + where + ": not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SpecBundleException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<Path> fragments(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted =
                    new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                            .sorted()
                            .toList());
            // common.yaml holds what every other file refers to; reading it first keeps the
            // shared components at the top of the bundle.
            sorted.sort((a, b) -> Boolean.compare(!a.endsWith("common.yaml"), !b.endsWith("common.yaml")));
            return sorted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
    }
}
