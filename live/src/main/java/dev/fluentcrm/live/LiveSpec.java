package dev.fluentcrm.live;

import dev.fluentcrm.codegen.load.ModelBuilder;
import dev.fluentcrm.codegen.load.SpecLoader;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.spec.FluentCrmSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The spec {@code verify-live} checks against: swagger-parser's model (schemas, with their
 * {@code $ref}s, for validation) and the generator's model of the same merged document (the
 * Java types, for decoding).
 */
public final class LiveSpec {
    private final OpenAPI openApi;
    private final Api api;
    private final boolean bundled;
    private final List<SpecOperation> operations = new ArrayList<>();
    private final Map<String, dev.fluentcrm.codegen.model.Operation> models = new HashMap<>();

    /** An operation of the spec, with what the extensions say about where it exists. */
    public record SpecOperation(
            String operationId, String method, String path, Operation operation, List<String> notRegisteredIn) {
        /** {@code /subscribers/{}/notes}: the path with parameter names left out, as routes are compared. */
        public String shape() {
            return RouteIndex.shape(path);
        }
    }

    /** A route the site registers on purpose without an operation, from {@code x-fluentcrm-unlisted-routes}. */
    public record UnlistedRoute(String method, String path, String reason) {}

    private LiveSpec(SpecLoader.LoadedSpec loaded, boolean bundled) {
        this.openApi = loaded.openApi();
        this.api = new ModelBuilder(loaded).build();
        this.bundled = bundled;
        if (openApi.getPaths() != null) {
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        operations.add(new SpecOperation(
                                operation.getOperationId(),
                                method.name(),
                                path,
                                operation,
                                notRegisteredIn(operation)));
                    }));
        }
        for (ApiModule module : api.modules()) {
            for (dev.fluentcrm.codegen.model.Operation operation : module.operations()) {
                models.put(operation.operationId(), operation);
            }
        }
    }

    /** The spec bundled with this tool (the {@code fluentcrm-openapi} artifact). */
    public static LiveSpec bundled() {
        try {
            return new LiveSpec(
                    new SpecLoader().load(List.of(FluentCrmSpec.yamlUrl().toURI())), true);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the bundled spec has no usable address", e);
        }
    }

    /**
     * A spec and its overlays; without {@code spec}, the bundled spec with the overlays.
     *
     * @throws dev.fluentcrm.codegen.load.SpecException naming the file and JSON pointer of a problem
     */
    public static LiveSpec load(Path spec, List<Path> overlays) {
        if (spec == null && overlays.isEmpty()) {
            return bundled();
        }
        List<URI> sources = new ArrayList<>();
        try {
            sources.add(spec == null ? FluentCrmSpec.yamlUrl().toURI() : file(spec));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the bundled spec has no usable address", e);
        }
        for (Path overlay : overlays) {
            sources.add(file(overlay));
        }
        return new LiveSpec(new SpecLoader().load(sources), false);
    }

    private static URI file(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(path + ": no such file");
        }
        return path.toAbsolutePath().normalize().toUri();
    }

    public OpenAPI openApi() {
        return openApi;
    }

    public Api api() {
        return api;
    }

    /** Whether this is the bundled spec without overlays, whose types are those of {@code fluentcrm-sdk}. */
    public boolean isBundled() {
        return bundled;
    }

    public List<SpecOperation> operations() {
        return operations;
    }

    /** The generator's model of an operation, for its Java type. */
    public dev.fluentcrm.codegen.model.Operation model(String operationId) {
        return models.get(operationId);
    }

    /** The operation with this id, or {@code null}. */
    public SpecOperation operation(String operationId) {
        return operations.stream()
                .filter(o -> operationId.equals(o.operationId()))
                .findFirst()
                .orElse(null);
    }

    /** {@code x-fluentcrm-unlisted-routes} of the document root. */
    public List<UnlistedRoute> unlistedRoutes() {
        List<UnlistedRoute> routes = new ArrayList<>();
        Object value =
                openApi.getExtensions() == null ? null : openApi.getExtensions().get("x-fluentcrm-unlisted-routes");
        if (value instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> map && map.get("method") != null && map.get("path") != null) {
                    routes.add(new UnlistedRoute(
                            String.valueOf(map.get("method")).toUpperCase(Locale.ROOT),
                            String.valueOf(map.get("path")),
                            String.valueOf(map.get("reason"))));
                }
            }
        }
        return routes;
    }

    /** {@code x-fluentcrm-availability.notRegisteredIn} of an operation: the releases known not to register it. */
    private static List<String> notRegisteredIn(Operation operation) {
        Object availability = operation.getExtensions() == null
                ? null
                : operation.getExtensions().get("x-fluentcrm-availability");
        if (availability instanceof Map<?, ?> map && map.get("notRegisteredIn") instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /** The path item of a path, for its shared parameters. */
    PathItem pathItem(String path) {
        return openApi.getPaths().get(path);
    }
}
