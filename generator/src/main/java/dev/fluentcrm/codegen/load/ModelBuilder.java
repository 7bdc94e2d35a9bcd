package dev.fluentcrm.codegen.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.model.Documentation;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.codegen.model.Parameter;
import dev.fluentcrm.codegen.model.TypeDef;
import dev.fluentcrm.codegen.model.TypeRef;
import dev.fluentcrm.codegen.naming.JavaNames;
import dev.fluentcrm.codegen.naming.MethodNames;
import dev.fluentcrm.codegen.naming.UniqueNames;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the generator's {@link Api} from a loaded spec: one module per tag (in the order the
 * spec declares its tags), one operation per path and method, and every type the operations
 * and component schemas need. The only class besides the loader that sees swagger-parser types.
 */
public final class ModelBuilder {
    /** Names the emitters use for their own classes, so no schema can take them. */
    private static final String[] RESERVED_TYPE_NAMES = {
        "FluentCrmClient", "Page", "ApiResponse", "Object", "String", "List", "Map", "Builder"
    };

    /**
     * Names the module methods give their own parameters, locals and fields (see ModuleEmitter);
     * a path parameter becomes a method parameter beside them, so it may not take one.
     */
    private static final Set<String> METHOD_NAMES = Set.of("body", "params", "executor", "page", "number", "response");

    private final SpecLoader.LoadedSpec loaded;
    private final OpenAPI spec;
    private final Refs refs;
    private final OperationNeedsReader needs;
    private final TypeResolver types;
    private final UniqueNames typeNames = new UniqueNames().reserve(RESERVED_TYPE_NAMES);

    public ModelBuilder(SpecLoader.LoadedSpec loaded) {
        this.loaded = loaded;
        this.spec = loaded.openApi();
        this.refs = new Refs(loaded);
        this.needs = new OperationNeedsReader(loaded);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, Schema<?>> schemas =
                spec.getComponents() == null ? null : (Map) spec.getComponents().getSchemas();
        this.types = new TypeResolver(refs, schemas, typeNames);
    }

    public Api build() {
        return build(false);
    }

    /**
     * The API of the overlays alone, typed with the base spec's types: only the operations the
     * overlays define (in modules named by their tags) and only the types first defined in an
     * overlay file are generated; the base spec's types are {@linkplain Api#providedTypes() provided}
     * by the SDK jar built from it.
     */
    public Api buildOverlaysOnly() {
        return build(true);
    }

    private Api build(boolean overlaysOnly) {
        Map<String, List<OperationSource>> byTag = groupByTag();
        Map<String, String> operationIds = new HashMap<>();
        UniqueNames accessors = new UniqueNames().reserve("builder", "close", "executor", "options", "withOptions");
        UniqueNames classNames = new UniqueNames().reserve(RESERVED_TYPE_NAMES);
        List<ApiModule> modules = new ArrayList<>();
        Map<String, Documentation.OperationFacts> facts = new LinkedHashMap<>();
        for (Map.Entry<String, List<OperationSource>> entry : byTag.entrySet()) {
            String tag = entry.getKey();
            List<OperationSource> sources = entry.getValue();
            for (OperationSource source : sources) {
                String earlier = operationIds.putIfAbsent(source.operation().getOperationId(), source.where());
                if (earlier != null) {
                    throw new SpecException(loaded.place(source.where()) + ": operationId '"
                            + source.operation().getOperationId() + "' is also used at " + loaded.place(earlier));
                }
            }
            List<String> methodNames = MethodNames.forModule(
                    tag,
                    sources.stream().map(s -> s.operation().getOperationId()).toList());
            List<Operation> operations = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                // Every operation is built, so that names are claimed as in a full generation and the
                // overlays' types are named as they would be there.
                Operation operation = operation(sources.get(i), methodNames.get(i));
                if (!overlaysOnly || !inBaseFile(sources.get(i).where())) {
                    operations.add(operation);
                }
                facts.put(
                        sources.get(i).operation().getOperationId(),
                        DocumentationReader.facts(
                                sources.get(i).operation(), refs, sources.get(i).where()));
            }
            String className = classNames.claim(JavaNames.typeName(tag) + "Api");
            String accessor = accessors.claim(JavaNames.memberName(tag));
            if (overlaysOnly && operations.isEmpty()) {
                continue;
            }
            modules.add(new ApiModule(tag, className, accessor, tagDescription(tag), List.copyOf(operations)));
        }
        types.resolveAllComponents();
        String title = spec.getInfo() == null ? "API" : spec.getInfo().getTitle();
        String version = spec.getInfo() == null ? "" : spec.getInfo().getVersion();
        String description = spec.getInfo() == null || spec.getInfo().getDescription() == null
                ? ""
                : spec.getInfo().getDescription();
        List<TypeDef> defs = types.defs();
        Set<String> provided = new HashSet<>();
        if (overlaysOnly) {
            defs.stream().filter(def -> inBaseFile(def.origin())).forEach(def -> provided.add(def.name()));
        }
        return new Api(
                title,
                version,
                description,
                List.copyOf(modules),
                defs,
                provided,
                new Documentation(DocumentationReader.tagGroups(spec, loaded), facts));
    }

    /** Whether the item at {@code pointer} comes from the base spec rather than an overlay. */
    private boolean inBaseFile(String pointer) {
        return loaded.fileOf(pointer).equals(loaded.baseFile());
    }

    private record OperationSource(
            String path,
            PathItem item,
            PathItem.HttpMethod method,
            io.swagger.v3.oas.models.Operation operation,
            String where) {}

    private Map<String, List<OperationSource>> groupByTag() {
        Map<String, List<OperationSource>> byTag = new LinkedHashMap<>();
        if (spec.getTags() != null) {
            for (Tag tag : spec.getTags()) {
                byTag.put(tag.getName(), new ArrayList<>());
            }
        }
        if (spec.getPaths() == null) {
            return byTag;
        }
        spec.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    String where =
                            SpecException.pointer("paths", path, method.name().toLowerCase());
                    if (operation.getOperationId() == null
                            || operation.getOperationId().isBlank()) {
                        throw new SpecException(loaded.place(where)
                                + ": the operation has no operationId, which names its Java method");
                    }
                    if (operation.getTags() == null || operation.getTags().isEmpty()) {
                        throw new SpecException(
                                loaded.place(where) + ": the operation has no tag, which names its module");
                    }
                    byTag.computeIfAbsent(operation.getTags().get(0), t -> new ArrayList<>())
                            .add(new OperationSource(path, item, method, operation, where));
                }));
        byTag.values().removeIf(List::isEmpty);
        return byTag;
    }

    private Operation operation(OperationSource source, String javaName) {
        io.swagger.v3.oas.models.Operation op = source.operation();
        String typePrefix = JavaNames.typeName(op.getOperationId());
        // Claimed before any inline type of the operation is named, so those give way to it.
        String paramsTypeName = hasOptionParameters(source) ? typeNames.claim(typePrefix + "Params") : null;
        List<Parameter> parameters = parameters(source, typePrefix);
        Operation.RequestBody body = requestBody(op, typePrefix, source.where());
        ResponseShape response = response(op, typePrefix, source.where());
        boolean pro = Boolean.TRUE.equals(
                op.getExtensions() == null ? null : op.getExtensions().get("x-fluentcrm-pro"));
        SuccessAnswer success = successAnswer(op, source.where());
        return new Operation(
                op.getOperationId(),
                javaName,
                source.method().name(),
                source.path(),
                text(op.getSummary()),
                text(op.getDescription()),
                pro,
                Boolean.TRUE.equals(op.getDeprecated()),
                parameters,
                paramsTypeName,
                body,
                response.type(),
                response.pointer(),
                success.status(),
                success.exampleJson(),
                secured(op),
                needs.availability(op.getExtensions(), source.where()),
                needs.requires(op.getExtensions(), source.where()));
    }

    private record SuccessAnswer(int status, String exampleJson) {}

    /** The first 2xx status and the JSON of its example, which server stubs and fixtures answer with. */
    private SuccessAnswer successAnswer(io.swagger.v3.oas.models.Operation op, String where) {
        if (op.getResponses() != null) {
            for (Map.Entry<String, ApiResponse> entry : op.getResponses().entrySet()) {
                if (entry.getKey().matches("2[0-9][0-9]")) {
                    ApiResponse response = refs.response(entry.getValue(), where + "/responses/" + entry.getKey());
                    MediaType media = jsonOrFirst(response.getContent());
                    return new SuccessAnswer(
                            Integer.parseInt(entry.getKey()), media == null ? null : exampleJson(media));
                }
            }
        }
        return new SuccessAnswer(200, null);
    }

    private static String exampleJson(MediaType media) {
        Object example = media.getExample();
        if (example == null
                && media.getExamples() != null
                && !media.getExamples().isEmpty()) {
            example = media.getExamples().values().iterator().next().getValue();
        }
        if (example == null) {
            return null;
        }
        try {
            return Json.mapper().writeValueAsString(example);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** An operation's own {@code security} wins; {@code security: []} makes it public. */
    private boolean secured(io.swagger.v3.oas.models.Operation op) {
        var security = op.getSecurity() != null ? op.getSecurity() : spec.getSecurity();
        return security != null
                && !security.isEmpty()
                && security.stream().noneMatch(requirement -> requirement.isEmpty());
    }

    private boolean hasOptionParameters(OperationSource source) {
        return declaredParameters(source).stream()
                .anyMatch(p -> "query".equals(p.getIn()) || "header".equals(p.getIn()));
    }

    /** The path item's and the operation's parameters, resolved; the operation's win on the same name and place. */
    private List<io.swagger.v3.oas.models.parameters.Parameter> declaredParameters(OperationSource source) {
        List<io.swagger.v3.oas.models.parameters.Parameter> all = new ArrayList<>();
        if (source.item().getParameters() != null) {
            all.addAll(source.item().getParameters());
        }
        if (source.operation().getParameters() != null) {
            all.addAll(source.operation().getParameters());
        }
        Map<String, io.swagger.v3.oas.models.parameters.Parameter> merged = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            var parameter = refs.parameter(all.get(i), source.where() + "/parameters/" + i);
            merged.put(parameter.getIn() + ":" + parameter.getName(), parameter);
        }
        return List.copyOf(merged.values());
    }

    private List<Parameter> parameters(OperationSource source, String typePrefix) {
        UniqueNames javaNames = new UniqueNames().reserve("builder", "toBuilder");
        List<Parameter> result = new ArrayList<>();
        for (var parameter : declaredParameters(source)) {
            String where = source.where() + "/parameters/" + parameter.getName();
            Parameter.Location location = location(parameter.getIn(), where);
            if (location == null) {
                continue;
            }
            String javaName = JavaNames.memberName(parameter.getName());
            if (location == Parameter.Location.PATH && METHOD_NAMES.contains(javaName)) {
                javaName += "Param";
            }
            javaName = javaNames.claim(javaName);
            boolean phpFlag = isPhpFlag(parameter);
            TypeRef type = phpFlag
                    ? new TypeRef.Scalar(TypeRef.ScalarKind.BOOLEAN, TypeRef.FlagEncoding.ONE_ZERO)
                    : types.resolve(
                            parameter.getSchema(),
                            typePrefix + JavaNames.typeName(parameter.getName()),
                            where + "/schema");
            Object defaultValue =
                    parameter.getSchema() == null ? null : parameter.getSchema().getDefault();
            if (phpFlag && defaultValue != null) {
                defaultValue = flagDefault(defaultValue);
            }
            result.add(new Parameter(
                    parameter.getName(),
                    javaName,
                    location,
                    type,
                    location == Parameter.Location.PATH || Boolean.TRUE.equals(parameter.getRequired()),
                    text(parameter.getDescription()),
                    defaultValue == null ? null : defaultValue.toString(),
                    ConstraintsReader.of(parameter.getSchema())));
        }
        // Path parameters come first, in the order they appear in the path.
        result.sort((a, b) -> Integer.compare(pathIndex(source.path(), a), pathIndex(source.path(), b)));
        return List.copyOf(result);
    }

    /**
     * Whether a query or header parameter is a flag PHP reads as a boolean: {@code x-php-type:
     * boolean} on the parameter, as on {@code GET /tags?all_tags=1}. Such a parameter is a
     * {@code Boolean} in Java and travels as {@code 1} or {@code 0}, whatever its wire schema
     * ({@code integer}, {@code enum: [0, 1]}) says. (On the schema, the extension is the
     * {@link TypeResolver}'s, which picks the spelling from the schema's enum.)
     */
    private static boolean isPhpFlag(io.swagger.v3.oas.models.parameters.Parameter parameter) {
        if ("path".equals(parameter.getIn()) || parameter.getExtensions() == null) {
            return false;
        }
        String schemaType =
                parameter.getSchema() == null ? null : parameter.getSchema().getType();
        return "boolean".equals(parameter.getExtensions().get("x-php-type"))
                && !"array".equals(schemaType)
                && !"object".equals(schemaType);
    }

    /** A flag's default as Java spells it: {@code 0} becomes {@code false}. */
    private static String flagDefault(Object value) {
        String text = value.toString().strip();
        return text.equals("0") || text.equalsIgnoreCase("false") || text.isEmpty() || text.equalsIgnoreCase("no")
                ? "false"
                : "true";
    }

    private static int pathIndex(String path, Parameter parameter) {
        return parameter.location() == Parameter.Location.PATH
                ? path.indexOf("{" + parameter.wireName() + "}")
                : Integer.MAX_VALUE;
    }

    private Parameter.Location location(String in, String where) {
        switch (in) {
            case "path":
                return Parameter.Location.PATH;
            case "query":
                return Parameter.Location.QUERY;
            case "header":
                return Parameter.Location.HEADER;
            case "cookie":
                throw new SpecException(
                        loaded.place(where) + ": cookie parameters are not supported (WordPress reads none)");
            default:
                throw new SpecException(loaded.place(where) + ": unknown parameter location '" + in + "'");
        }
    }

    private Operation.RequestBody requestBody(io.swagger.v3.oas.models.Operation op, String typePrefix, String where) {
        if (op.getRequestBody() == null) {
            return null;
        }
        var body = refs.requestBody(op.getRequestBody(), where + "/requestBody");
        MediaType media = jsonOrFirst(body.getContent());
        if (media == null) {
            return null;
        }
        String mediaType = body.getContent().entrySet().stream()
                .filter(e -> e.getValue() == media)
                .findFirst()
                .orElseThrow()
                .getKey();
        Operation.Encoding encoding = mediaType.contains("json")
                ? Operation.Encoding.JSON
                : mediaType.startsWith("multipart/") ? Operation.Encoding.MULTIPART : Operation.Encoding.FORM;
        TypeRef type = types.resolve(media.getSchema(), typePrefix + "Request", where + "/requestBody/content/schema");
        if (encoding != Operation.Encoding.JSON && !(type instanceof TypeRef.Named)) {
            throw new SpecException(
                    loaded.place(where) + "/requestBody: a " + mediaType + " body must be an object with properties");
        }
        return new Operation.RequestBody(
                type, Boolean.TRUE.equals(body.getRequired()), text(body.getDescription()), encoding);
    }

    private record ResponseShape(TypeRef type, String pointer) {}

    /** The first 2xx answer's type; a page inside an envelope is unwrapped, remembering where it sits. */
    private ResponseShape response(io.swagger.v3.oas.models.Operation op, String typePrefix, String where) {
        if (op.getResponses() == null) {
            return new ResponseShape(new TypeRef.None(), "");
        }
        for (Map.Entry<String, ApiResponse> entry : op.getResponses().entrySet()) {
            if (!entry.getKey().startsWith("2")) {
                continue;
            }
            String at = where + "/responses/" + entry.getKey();
            ApiResponse response = refs.response(entry.getValue(), at);
            MediaType media = jsonOrFirst(response.getContent());
            if (media == null || media.getSchema() == null) {
                return new ResponseShape(new TypeRef.None(), "");
            }
            Schema<?> schema = refs.schema(media.getSchema(), at);
            if (schema.getProperties() != null && media.getSchema().get$ref() == null) {
                for (Map.Entry<String, Schema<?>> property :
                        SchemaShapes.properties(schema).entrySet()) {
                    if (SchemaShapes.pageItems(property.getValue(), refs, at).isPresent()
                            && isTheEnvelopesPoint(schema, property.getKey())) {
                        TypeRef page = types.resolve(
                                property.getValue(),
                                JavaNames.typeName(property.getKey()),
                                at + "/content/schema/properties/" + property.getKey());
                        return new ResponseShape(page, "/" + property.getKey());
                    }
                }
            }
            return new ResponseShape(
                    types.resolve(media.getSchema(), typePrefix + "Response", at + "/content/schema"), "");
        }
        return new ResponseShape(new TypeRef.None(), "");
    }

    /**
     * Whether the page under {@code key} is what the envelope is for: it is always there and
     * nothing else is. An answer such as {@code {campaign, emails?}} keeps its envelope.
     */
    private static boolean isTheEnvelopesPoint(Schema<?> envelope, String key) {
        List<String> required = envelope.getRequired() == null ? List.of() : envelope.getRequired();
        boolean pageAlwaysThere =
                required.contains(key) || envelope.getProperties().size() == 1;
        return pageAlwaysThere && required.stream().allMatch(key::equals);
    }

    private static MediaType jsonOrFirst(Content content) {
        if (content == null || content.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, MediaType> entry : content.entrySet()) {
            if (entry.getKey().contains("json")) {
                return entry.getValue();
            }
        }
        return content.values().iterator().next();
    }

    private String tagDescription(String name) {
        if (spec.getTags() != null) {
            for (Tag tag : spec.getTags()) {
                if (tag.getName().equals(name) && tag.getDescription() != null) {
                    return tag.getDescription().strip();
                }
            }
        }
        return "";
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
