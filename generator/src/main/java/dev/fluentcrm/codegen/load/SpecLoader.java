package dev.fluentcrm.codegen.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one base spec and any overlays with swagger-parser and merges them into one
 * {@link OpenAPI}. This is the only class that touches files; a problem is reported with the
 * file it is in. Overlays add paths, operations, tags and components; redefining something
 * the base (or an earlier overlay) defines differently is an error naming both files.
 *
 * <p>An overlay is written as people write one: a whole OpenAPI 3.0 document, or a bare fragment
 * holding only {@code paths} and/or {@code components} (and {@code tags}); either may {@code $ref}
 * the components of the base and earlier overlays. Only OpenAPI 3.0 is read: a Swagger 2.0 or an
 * OpenAPI 3.1 document is refused with a message saying so.
 */
public final class SpecLoader {
    /** Where each merged item came from: JSON pointer to file. */
    private final Map<String, String> origins = new LinkedHashMap<>();

    public LoadedSpec load(List<URI> sources) {
        if (sources.isEmpty()) {
            throw new SpecException("No spec given");
        }
        OpenAPI merged = null;
        Map<String, JsonNode> trees = new LinkedHashMap<>();
        for (URI source : sources) {
            JsonNode tree = readTree(source);
            boolean overlay = merged != null;
            checkVersion(source, tree, overlay);
            checkExternalReferences(source, tree, "", tree);
            trees.put(label(source), tree);
            if (!overlay) {
                merged = parse(source, tree);
                record(merged, label(source));
            } else {
                Overlays.Prepared prepared = Overlays.prepare(tree, trees.values());
                OpenAPI next = parse(source, prepared.document());
                prepared.withoutBorrowed(next);
                merge(merged, next, label(source));
            }
        }
        checkReferences(trees);
        return new LoadedSpec(merged, label(sources.get(0)), Map.copyOf(origins));
    }

    public LoadedSpec loadFiles(List<Path> files) {
        List<URI> uris = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new SpecException(file + ": no such file");
            }
            uris.add(file.toAbsolutePath().normalize().toUri());
        }
        return load(uris);
    }

    /**
     * swagger-parser's model of the document, from the tree {@link #readTree} already made: its
     * own {@code readLocation} would read and parse the file a second time, through a slower YAML
     * path, which was most of the loading time. For a 3.0 document, deserialising the tree and
     * then resolving it is exactly what {@code readLocation} does after parsing; any other version
     * takes swagger-parser's own path.
     */
    private static OpenAPI parse(URI source, JsonNode tree) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        // An overlay may refer to the components of the base: checkReferences looks at all files at once.
        options.setValidateInternalRefs(false);
        String location = source.toString();
        if (!tree.path("openapi").asText().startsWith("3.0")) {
            return checked(
                            source,
                            tree,
                            swagger(source, tree, () -> new OpenAPIV3Parser().readLocation(location, null, options)))
                    .getOpenAPI();
        }
        SwaggerParseResult result = checked(
                source,
                tree,
                swagger(source, tree, () -> new OpenAPIV3Parser().parseJsonNode(location, tree, options)));
        // Resolving only after the document is known to be well-formed: its crashes on a node of
        // the wrong type would hide the deserialiser's message, which names the node.
        swagger(source, tree, () -> {
            new OpenAPIResolver(result.getOpenAPI(), new ArrayList<>(), location, null, options).resolve(result);
            return result;
        });
        return checked(source, tree, result).getOpenAPI();
    }

    /**
     * Runs a step of swagger-parser, turning its crash into a message about the file: at the
     * {@code $ref} it could not load when that is the crash (a server that does not answer), at
     * the top of the document otherwise.
     */
    private static SwaggerParseResult swagger(URI source, JsonNode tree, Supplier<SwaggerParseResult> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            String message = withoutInternalError(String.valueOf(e.getMessage()));
            Matcher unloadable = UNLOADABLE_REF.matcher(message);
            if (unloadable.find()) {
                String at = findExternalRef(tree, "", unloadable.group(1));
                if (at != null) {
                    throw new SpecException(
                            label(source) + "#" + at + ": $ref '" + unloadable.group(1) + "' cannot be loaded ("
                                    + message.lines().findFirst().orElse("") + ")",
                            e);
                }
            }
            throw new SpecException(label(source) + "#: cannot be read: " + message, e);
        }
    }

    /** swagger-parser's words when a referenced document cannot be loaded. */
    private static final Pattern UNLOADABLE_REF = Pattern.compile("Unable to load \\w+ ref: (\\S+)");

    /** The pointer of the first {@code $ref} to {@code document} (with or without a fragment), or null. */
    private static String findExternalRef(JsonNode node, String at, String document) {
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isTextual() && ref.asText().split("#", 2)[0].equals(document)) {
            return at + "/$ref";
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String found = findExternalRef(field.getValue(), at + SpecException.pointer(field.getKey()), document);
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = findExternalRef(node.get(i), at + "/" + i, document);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * A {@code $ref} to another file on disk must name one that exists: checked here, with the
     * place of the reference, because swagger-parser only crashes on it with the file's name.
     * References to other servers are left to swagger-parser (see {@link #swagger}).
     */
    private static void checkExternalReferences(URI source, JsonNode node, String at, JsonNode tree) {
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isTextual() && !ref.asText().startsWith("#") && "file".equals(source.getScheme())) {
            String document = ref.asText().split("#", 2)[0];
            URI target;
            try {
                target = source.resolve(new URI(null, null, document, null));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new SpecException(
                        label(source) + "#" + at + "/$ref: '" + ref.asText() + "' is not a valid reference", e);
            }
            if ("file".equals(target.getScheme()) && !Files.isRegularFile(Path.of(target))) {
                throw new SpecException(label(source) + "#" + at + "/$ref: '" + ref.asText()
                        + "' refers to a file that does not exist (" + Path.of(target) + ")");
            }
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                checkExternalReferences(source, field.getValue(), at + SpecException.pointer(field.getKey()), tree);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkExternalReferences(source, node.get(i), at + "/" + i, tree);
            }
        }
    }

    /** {@code result} if it holds a document and no problem worth reporting; a SpecException otherwise. */
    private static SwaggerParseResult checked(URI source, JsonNode tree, SwaggerParseResult result) {
        // Reported better elsewhere: local references by checkReferences (over all files), a
        // repeated operationId by the model builder (with both places).
        List<String> messages = result.getMessages() == null
                ? List.of()
                : result.getMessages().stream()
                        .filter(m -> !(m.contains(".#/") && m.endsWith(" is missing"))
                                && !m.endsWith(".operationId is repeated"))
                        .map(SpecLoader::withoutInternalError)
                        .toList();
        messages = SwaggerMessages.translate(label(source), tree, messages);
        if (result.getOpenAPI() == null || !messages.isEmpty()) {
            throw new SpecException(
                    messages.isEmpty() ? label(source) + "#: not an OpenAPI 3 document" : String.join("; ", messages));
        }
        return result;
    }

    /**
     * swagger-parser reports its own crashes (a NullPointerException on a node of the wrong type)
     * among the problems; the JVM's text of those says nothing to a spec's author.
     */
    private static String withoutInternalError(String message) {
        return message.startsWith("Cannot invoke ") || message.contains(" because \"")
                ? "the parser failed on a node of an unexpected type (check the types of the values around the other problems)"
                : message;
    }

    private void record(OpenAPI spec, String file) {
        if (spec.getPaths() != null) {
            spec.getPaths()
                    .forEach((path, item) -> item.readOperationsMap()
                            .keySet()
                            .forEach(method -> origins.put(
                                    SpecException.pointer(
                                            "paths", path, method.name().toLowerCase()),
                                    file)));
        }
        if (spec.getComponents() != null) {
            sections(spec.getComponents()).forEach((section, items) -> {
                if (items != null) {
                    items.keySet()
                            .forEach(name -> origins.put(SpecException.pointer("components", section, name), file));
                }
            });
        }
    }

    /** The component sections an overlay may add to, by their name in a JSON pointer. */
    private static Map<String, Map<String, ?>> sections(Components components) {
        Map<String, Map<String, ?>> sections = new LinkedHashMap<>();
        sections.put("schemas", components.getSchemas());
        sections.put("parameters", components.getParameters());
        sections.put("responses", components.getResponses());
        sections.put("requestBodies", components.getRequestBodies());
        sections.put("securitySchemes", components.getSecuritySchemes());
        return sections;
    }

    /**
     * Refuses what is not OpenAPI 3.0 with a message saying what it is; an overlay may leave the
     * version out (a bare fragment of paths and components).
     */
    private static void checkVersion(URI source, JsonNode tree, boolean overlay) {
        if (tree.has("swagger")) {
            throw new SpecException(
                    label(source) + ": a Swagger " + tree.path("swagger").asText()
                            + " document; the generator reads OpenAPI 3.0 documents (convert it to OpenAPI 3.0 first)");
        }
        JsonNode version = tree.get("openapi");
        if (version == null) {
            if (overlay) {
                Overlays.checkFragment(label(source), tree);
                return;
            }
            throw new SpecException(label(source) + ": not an OpenAPI document: 'openapi' (the version) is missing"
                    + " (a fragment of paths and components is read only as an overlay, after a base spec)");
        }
        String text = version.asText();
        if (text.startsWith("3.1")) {
            throw new SpecException(label(source) + "#/openapi: OpenAPI " + text
                    + " is not supported; the generator reads OpenAPI 3.0.x documents");
        }
        if (!text.startsWith("3.0")) {
            throw new SpecException(
                    label(source) + "#/openapi: '" + text + "' is not an OpenAPI version the generator reads (3.0.x)");
        }
    }

    /** The document as a plain tree, to check its references; a syntax error names the line. */
    private static JsonNode readTree(URI source) {
        byte[] bytes;
        try (InputStream in = source.toURL().openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new SpecException(label(source) + ": cannot be read: " + e.getMessage(), e);
        }
        JsonNode tree = parseTree(source, bytes);
        if (tree == null || !tree.isObject()) {
            throw new SpecException(label(source) + "#: not an OpenAPI document (expected a mapping at the top)");
        }
        return tree;
    }

    /**
     * YAML is a superset of JSON, but SnakeYAML reads JSON much slower than Jackson's JSON parser
     * (0.2 s of a first generation from the 1.6 MB bundled spec): a document that looks like
     * JSON is read as JSON. One in flow-style YAML (unquoted keys) still reads, as YAML; when it
     * is neither, JSON's error is the one reported, since the document looked like JSON.
     */
    private static JsonNode parseTree(URI source, byte[] bytes) {
        boolean json = looksLikeJson(bytes);
        try {
            return (json ? Json.mapper() : Yaml.mapper()).readTree(bytes);
        } catch (JsonProcessingException e) {
            if (json) {
                try {
                    return Yaml.mapper().readTree(bytes);
                } catch (IOException notYamlEither) {
                    // Report the JSON error below.
                }
            }
            throw new SpecException(label(source) + syntaxError(e, json ? "JSON" : "YAML"), e);
        } catch (IOException e) {
            throw new SpecException(label(source) + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Whether the document opens with {@code {} (after a byte-order mark and blanks): JSON, since a YAML document rarely does. */
    private static boolean looksLikeJson(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '{';
    }

    /** {@code :line:column: what}, in one line: SnakeYAML's own message quotes the document over several. */
    private static String syntaxError(JsonProcessingException e, String format) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            String context = yaml.getContext() == null ? "" : yaml.getContext() + ": ";
            return ":" + (yaml.getProblemMark().getLine() + 1) + ":"
                    + (yaml.getProblemMark().getColumn() + 1) + ": not valid YAML: " + context + yaml.getProblem();
        }
        String where = e.getLocation() == null
                ? ""
                : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
        return where + ": not valid " + format + ": "
                + e.getOriginalMessage().lines().findFirst().orElse("");
    }

    /**
     * Every local {@code $ref} must point at something in one of the files, since overlays are
     * merged into one document; a dangling one is reported where it is written.
     */
    private static void checkReferences(Map<String, JsonNode> trees) {
        trees.forEach((file, tree) -> checkReferences(file, tree, "", trees));
    }

    private static void checkReferences(String file, JsonNode node, String at, Map<String, JsonNode> trees) {
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
            String target = ref.asText().substring(1);
            boolean found = trees.values().stream()
                    .anyMatch(tree -> !resolve(tree, target).isMissingNode());
            if (!found) {
                throw new SpecException(file + "#" + at + ": $ref '" + ref.asText() + "' points at nothing");
            }
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                checkReferences(file, field.getValue(), at + SpecException.pointer(field.getKey()), trees);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkReferences(file, node.get(i), at + "/" + i, trees);
            }
        }
    }

    private static JsonNode resolve(JsonNode tree, String pointer) {
        try {
            return tree.at(pointer);
        } catch (IllegalArgumentException e) {
            return MissingNode.getInstance();
        }
    }

    private void merge(OpenAPI base, OpenAPI overlay, String file) {
        if (overlay.getPaths() != null) {
            if (base.getPaths() == null) {
                base.setPaths(new Paths());
            }
            overlay.getPaths().forEach((path, item) -> mergePath(base.getPaths(), path, item, file));
        }
        if (overlay.getComponents() != null) {
            if (base.getComponents() == null) {
                base.setComponents(new Components());
            }
            var into = base.getComponents();
            var from = overlay.getComponents();
            into.setSchemas(mergeMap("schemas", into.getSchemas(), from.getSchemas(), file));
            into.setParameters(mergeMap("parameters", into.getParameters(), from.getParameters(), file));
            into.setResponses(mergeMap("responses", into.getResponses(), from.getResponses(), file));
            into.setRequestBodies(mergeMap("requestBodies", into.getRequestBodies(), from.getRequestBodies(), file));
            into.setSecuritySchemes(
                    mergeMap("securitySchemes", into.getSecuritySchemes(), from.getSecuritySchemes(), file));
        }
        if (overlay.getTags() != null) {
            for (Tag tag : overlay.getTags()) {
                if (base.getTags() == null) {
                    base.setTags(new ArrayList<>());
                }
                if (base.getTags().stream().noneMatch(t -> t.getName().equals(tag.getName()))) {
                    base.getTags().add(tag);
                }
            }
        }
    }

    private void mergePath(Paths paths, String path, PathItem item, String file) {
        PathItem existing = paths.get(path);
        if (existing == null) {
            paths.addPathItem(path, item);
            item.readOperationsMap()
                    .keySet()
                    .forEach(method -> origins.put(
                            SpecException.pointer("paths", path, method.name().toLowerCase()), file));
            return;
        }
        item.readOperationsMap().forEach((method, operation) -> {
            String at = SpecException.pointer("paths", path, method.name().toLowerCase());
            if (existing.readOperationsMap().containsKey(method)) {
                if (Objects.equals(existing.readOperationsMap().get(method), operation)) {
                    return;
                }
                throw new SpecException(
                        file + "#" + at + ": conflicts with the operation defined in " + origins.get(at));
            }
            existing.operation(method, operation);
            origins.put(at, file);
        });
    }

    private <T> Map<String, T> mergeMap(String section, Map<String, T> into, Map<String, T> from, String file) {
        if (from == null) {
            return into;
        }
        Map<String, T> result = into == null ? new LinkedHashMap<>() : into;
        from.forEach((name, value) -> {
            String at = SpecException.pointer("components", section, name);
            T existing = result.get(name);
            if (existing != null && !existing.equals(value)) {
                throw new SpecException(file + "#" + at + ": conflicts with the definition in "
                        + origins.getOrDefault(at, "the base spec"));
            }
            result.put(name, value);
            origins.putIfAbsent(at, file);
        });
        return result;
    }

    private static String label(URI source) {
        return "file".equals(source.getScheme()) ? Path.of(source).toString() : source.toString();
    }

    /** The merged spec, the file it was based on, and where each path and schema came from. */
    public record LoadedSpec(OpenAPI openApi, String baseFile, Map<String, String> origins) {
        /** The file that defined the item at {@code pointer}, for messages. */
        public String fileOf(String pointer) {
            // The innermost enclosing item whose file is known: an operation, a component.
            for (String at = pointer; !at.isEmpty(); at = at.substring(0, Math.max(0, at.lastIndexOf('/')))) {
                String file = origins.get(at);
                if (file != null) {
                    return file;
                }
            }
            return baseFile;
        }

        /** {@code file#pointer}: where a message should send its reader. */
        public String place(String pointer) {
            return fileOf(pointer) + "#" + pointer;
        }
    }
}
