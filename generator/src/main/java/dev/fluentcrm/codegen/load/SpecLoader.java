package dev.fluentcrm.codegen.load;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads one base spec and any overlays with swagger-parser and merges them into one
 * {@link OpenAPI}. This is the only class that touches files; a problem is reported with the
 * file it is in. Overlays add paths, operations, tags and components; redefining something
 * the base (or an earlier overlay) defines differently is an error naming both files.
 */
public final class SpecLoader {
    /** Where each merged item came from: JSON pointer to file. */
    private final Map<String, String> origins = new LinkedHashMap<>();

    public LoadedSpec load(List<URI> sources) {
        if (sources.isEmpty()) {
            throw new SpecException("No spec given");
        }
        OpenAPI merged = null;
        for (URI source : sources) {
            OpenAPI next = parse(source);
            if (merged == null) {
                merged = next;
                record(next, label(source));
            } else {
                merge(merged, next, label(source));
            }
        }
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

    private static OpenAPI parse(URI source) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result;
        try {
            result = new OpenAPIV3Parser().readLocation(source.toString(), null, options);
        } catch (RuntimeException e) {
            throw new SpecException(label(source) + ": cannot be read: " + e.getMessage(), e);
        }
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (result.getOpenAPI() == null || !messages.isEmpty()) {
            String detail = messages.isEmpty() ? "not an OpenAPI 3 document" : String.join("; ", messages);
            throw new SpecException(label(source) + ": " + detail);
        }
        return result.getOpenAPI();
    }

    private void record(OpenAPI spec, String file) {
        if (spec.getPaths() != null) {
            spec.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                    .forEach(method -> origins.put(SpecException.pointer("paths", path, method.name().toLowerCase()), file)));
        }
        if (spec.getComponents() != null && spec.getComponents().getSchemas() != null) {
            spec.getComponents().getSchemas().keySet().forEach(name -> origins.put(SpecException.pointer("components", "schemas", name), file));
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
                base.setComponents(new io.swagger.v3.oas.models.Components());
            }
            var into = base.getComponents();
            var from = overlay.getComponents();
            into.setSchemas(mergeMap("schemas", into.getSchemas(), from.getSchemas(), file));
            into.setParameters(mergeMap("parameters", into.getParameters(), from.getParameters(), file));
            into.setResponses(mergeMap("responses", into.getResponses(), from.getResponses(), file));
            into.setRequestBodies(mergeMap("requestBodies", into.getRequestBodies(), from.getRequestBodies(), file));
            into.setSecuritySchemes(mergeMap("securitySchemes", into.getSecuritySchemes(), from.getSecuritySchemes(), file));
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
            item.readOperationsMap().keySet().forEach(method -> origins.put(SpecException.pointer("paths", path, method.name().toLowerCase()), file));
            return;
        }
        item.readOperationsMap().forEach((method, operation) -> {
            String at = SpecException.pointer("paths", path, method.name().toLowerCase());
            if (existing.readOperationsMap().containsKey(method)) {
                if (Objects.equals(existing.readOperationsMap().get(method), operation)) {
                    return;
                }
                throw new SpecException(file + "#" + at + ": conflicts with the operation defined in " + origins.get(at));
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
                throw new SpecException(file + "#" + at + ": conflicts with the definition in " + origins.getOrDefault(at, "the base spec"));
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
            return origins.getOrDefault(pointer, baseFile);
        }
    }
}
