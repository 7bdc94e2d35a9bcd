package dev.fluentcrm.codegen.emit.docs;

import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.OutputKind;
import dev.fluentcrm.codegen.ProjectInfo;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.model.Documentation;
import dev.fluentcrm.codegen.model.Field;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.codegen.model.Parameter;
import dev.fluentcrm.codegen.model.TypeDef;
import dev.fluentcrm.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the templates see: plain records built once from the {@link Api}, feeding the HTML
 * reference and the Markdown pages alike, so a template never needs logic and a user's override
 * template can rely on these names (they are the documented template contract, listed in
 * {@code templates/README.md}). Names ending in {@code Html} hold ready HTML (write them with
 * {@code {{{...}}}}); names ending in {@code Markdown} hold Markdown with links between the pages.
 */
public final class DocsModel {
    private DocsModel() {}

    /** The scope of every template. */
    public record Scope(
            ProjectInfo project,
            ApiView api,
            InstallView install,
            List<String> imports,
            List<GroupView> groups,
            List<ModuleView> modules,
            ModuleView module,
            List<ModelView> models,
            List<EnumView> enums,
            String generatorVersion,
            String runtimeVersion) {
        Scope withModule(ModuleView one) {
            return new Scope(
                    project,
                    api,
                    install,
                    imports,
                    groups,
                    modules,
                    one,
                    models,
                    enums,
                    generatorVersion,
                    runtimeVersion);
        }
    }

    public record ApiView(
            String title,
            String version,
            String description,
            String descriptionHtml,
            int operationCount,
            int moduleCount,
            int modelCount,
            int enumCount) {}

    /**
     * What a user adds to their build: {@code artifactId} of {@code groupId} at {@code version},
     * and {@code note}, a sentence on where the client comes from and what it brings.
     */
    public record InstallView(String groupId, String artifactId, String version, String note) {}

    /** A group of modules (the spec's {@code x-tagGroups}; modules in no group come last). */
    public record GroupView(String name, String anchor, List<ModuleView> modules) {}

    public record ModuleView(
            String tag,
            String className,
            String accessor,
            String description,
            String descriptionHtml,
            String page,
            String anchor,
            int operationCount,
            boolean pro,
            int proCount,
            boolean hasPro,
            List<String> requires,
            String example,
            List<OperationView> operations) {}

    public record OperationView(
            String operationId,
            String javaName,
            String anchor,
            String module,
            String method,
            String path,
            String summary,
            String description,
            String descriptionHtml,
            boolean pro,
            boolean deprecated,
            List<SignatureView> signatures,
            boolean hasParameters,
            String paramsType,
            List<ParameterView> parameters,
            BodyView body,
            String returns,
            String returnsHtml,
            String returnsMarkdown,
            boolean returnsNothing,
            boolean hasResponseFields,
            List<FieldView> responseFields,
            boolean hasErrors,
            List<ErrorView> errors,
            boolean hasAvailability,
            List<String> registeredIn,
            List<String> notRegisteredIn,
            String since,
            List<String> requires,
            String example,
            String search) {}

    /** One public method of the operation: {@code form} is plain, WithResponse or Async. */
    public record SignatureView(String form, String text) {}

    /**
     * A parameter: {@code javaName} is the method argument (path) or the builder method of the
     * operation's {@code paramsType} (query, header); {@code name} is its wire name.
     */
    public record ParameterView(
            String javaName,
            String name,
            String location,
            boolean path,
            String javaType,
            String javaTypeHtml,
            boolean required,
            String description,
            String descriptionHtml,
            String defaultValue) {}

    /** The request body: its Java type, linked to the model, and the model's fields. */
    public record BodyView(
            String javaType,
            String javaTypeHtml,
            String javaTypeMarkdown,
            boolean required,
            String encoding,
            List<FieldView> fields) {}

    public record FieldView(
            String javaName,
            String jsonName,
            String javaType,
            String javaTypeHtml,
            String javaTypeMarkdown,
            boolean required,
            String description,
            String descriptionHtml,
            String php) {}

    /** An error answer and the exception the client throws for it. */
    public record ErrorView(String status, String exception, String description) {}

    public record ModelView(
            String name, String anchor, String description, String descriptionHtml, List<FieldView> fields) {}

    public record EnumView(
            String name, String anchor, String description, String descriptionHtml, List<String> values) {}

    static Scope scope(Api api, GeneratorOptions options, String generatorVersion) {
        return new Builder(api, options, generatorVersion).scope();
    }

    /** The module's page below {@code docs/}, from its tag: {@code Custom Fields} -> {@code custom-fields.md}. */
    static String pageName(ApiModule module) {
        String slug = slug(module.tag());
        return (slug.isEmpty() ? module.accessor() : slug) + ".md";
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Builds the scope; one per generation. */
    private static final class Builder {
        private final Api api;
        private final GeneratorOptions options;
        private final String generatorVersion;
        private final Map<String, TypeDef> types = new HashMap<>();
        private final JavaSignatures signatures;
        private final Examples examples;
        private final TypeText typeText;

        Builder(Api api, GeneratorOptions options, String generatorVersion) {
            this.api = api;
            this.options = options;
            this.generatorVersion = generatorVersion;
            api.types().forEach(type -> types.put(type.name(), type));
            this.signatures = new JavaSignatures(api, options.basePackage(), options.modelPackage());
            this.examples = new Examples(types);
            this.typeText = new TypeText(types);
        }

        Scope scope() {
            List<ModuleView> modules = api.modules().stream().map(this::module).toList();
            List<ModelView> models = new ArrayList<>();
            List<EnumView> enums = new ArrayList<>();
            for (TypeDef type : api.types()) {
                type.accept(new TypeDef.Visitor<Void>() {
                    @Override
                    public Void record(TypeDef.RecordDef record) {
                        models.add(new ModelView(
                                record.name(),
                                TypeText.anchor(record.name()),
                                Prose.cell(record.description()),
                                Prose.html(record.description()),
                                fields(record)));
                        return null;
                    }

                    @Override
                    public Void enumeration(TypeDef.EnumDef enumeration) {
                        enums.add(new EnumView(
                                enumeration.name(),
                                TypeText.anchor(enumeration.name()),
                                Prose.cell(enumeration.description()),
                                Prose.html(enumeration.description()),
                                List.copyOf(enumeration.values())));
                        return null;
                    }
                });
            }
            ApiView view = new ApiView(
                    api.title(),
                    api.version(),
                    Prose.cell(api.description()),
                    Prose.html(api.description()),
                    api.operationCount(),
                    modules.size(),
                    models.size(),
                    enums.size());
            return new Scope(
                    options.project(),
                    view,
                    install(),
                    Examples.imports(options.basePackage()),
                    groups(modules),
                    modules,
                    null,
                    List.copyOf(models),
                    List.copyOf(enums),
                    generatorVersion,
                    generatorVersion);
        }

        /**
         * Our own SDK is one dependency that brings the runtime; a standalone project is built and
         * depended on; sources generated into the user's build need the runtime beside them.
         */
        private InstallView install() {
            ProjectInfo project = options.project();
            if (project.groupId().equals("dev.fluentcrm")
                    && project.artifactId().equals("fluentcrm-sdk")) {
                return new InstallView(
                        project.groupId(),
                        project.artifactId(),
                        project.version(),
                        "The prebuilt SDK; it brings `fluentcrm-runtime` (HTTP, JSON as PHP sends it, errors, retries) with"
                                + " it.");
            }
            if (options.emitted().contains(OutputKind.PROJECT)) {
                return new InstallView(
                        project.groupId(),
                        project.artifactId(),
                        project.version(),
                        "This directory is a Maven project: `mvn install` it, then depend on it; it brings"
                                + " `fluentcrm-runtime` with it.");
            }
            return new InstallView(
                    "dev.fluentcrm",
                    "fluentcrm-runtime",
                    generatorVersion,
                    "The client is generated into your own project (`" + project.groupId() + ":" + project.artifactId()
                            + "`, package `" + options.basePackage() + "`); it needs only `fluentcrm-runtime` beside"
                            + " it.");
        }

        private List<GroupView> groups(List<ModuleView> modules) {
            Map<String, ModuleView> byTag = new LinkedHashMap<>();
            modules.forEach(module -> byTag.put(module.tag(), module));
            List<GroupView> groups = new ArrayList<>();
            Set<String> placed = new LinkedHashSet<>();
            for (Documentation.TagGroup group : api.documentation().tagGroups()) {
                List<ModuleView> members = group.tags().stream()
                        .filter(byTag::containsKey)
                        .filter(placed::add)
                        .map(byTag::get)
                        .toList();
                if (!members.isEmpty()) {
                    groups.add(new GroupView(group.name(), "group-" + slug(group.name()), members));
                }
            }
            List<ModuleView> rest = modules.stream()
                    .filter(module -> !placed.contains(module.tag()))
                    .toList();
            if (!rest.isEmpty()) {
                String name = groups.isEmpty() ? "Modules" : "More modules";
                groups.add(new GroupView(name, "group-" + slug(name), rest));
            }
            return List.copyOf(groups);
        }

        private ModuleView module(ApiModule module) {
            Map<Operation, List<JavaSignatures.Method>> methods = signatures.of(module);
            List<OperationView> operations = module.operations().stream()
                    .map(operation -> operation(module, operation, methods.get(operation)))
                    .toList();
            int pro = (int) module.operations().stream().filter(Operation::pro).count();
            Set<String> requires = new LinkedHashSet<>();
            operations.forEach(operation -> requires.addAll(operation.requires()));
            Operation first =
                    module.operations().isEmpty() ? null : module.operations().get(0);
            return new ModuleView(
                    module.tag(),
                    module.className(),
                    module.accessor(),
                    Prose.cell(module.description()),
                    Prose.html(module.description()),
                    pageName(module),
                    "module-" + slug(module.tag()),
                    operations.size(),
                    pro > 0 && pro == operations.size(),
                    pro,
                    pro > 0,
                    List.copyOf(requires),
                    first == null ? "" : operations.get(preferred(module)).example(),
                    operations);
        }

        /** The operation the module's page and the README show first: a call without a body, GET before others. */
        private static int preferred(ApiModule module) {
            int best = 0;
            int bestScore = Integer.MAX_VALUE;
            for (int i = 0; i < module.operations().size(); i++) {
                Operation operation = module.operations().get(i);
                int score = (operation.body() == null ? 0 : 4)
                        + (operation.method().equalsIgnoreCase("get") ? 0 : 2)
                        + Math.min(operation.pathParameters().size(), 1);
                if (score < bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            return best;
        }

        private OperationView operation(ApiModule module, Operation operation, List<JavaSignatures.Method> methods) {
            Documentation.OperationFacts facts = api.documentation().of(operation.operationId());
            List<SignatureView> forms = methods.stream()
                    .map(method -> new SignatureView(form(operation, method), method.text()))
                    .toList();
            List<JavaSignatures.Method> plain = methods.stream()
                    .filter(method -> method.name().equals(operation.javaName()))
                    .toList();
            List<ParameterView> parameters =
                    operation.parameters().stream().map(this::parameter).toList();
            List<String> requires =
                    facts.requires().stream().map(DocsModel::requirement).toList();
            String returns = plain.isEmpty()
                    ? typeText.text(operation.response())
                    : plain.get(0).returnType();
            String search = String.join(
                            " ",
                            operation.operationId(),
                            operation.javaName(),
                            module.tag(),
                            module.accessor(),
                            operation.method(),
                            operation.path(),
                            operation.summary())
                    .toLowerCase(Locale.ROOT);
            return new OperationView(
                    operation.operationId(),
                    operation.javaName(),
                    operation.operationId(),
                    module.tag(),
                    operation.method().toUpperCase(Locale.ROOT),
                    operation.path(),
                    Prose.cell(operation.summary()),
                    Prose.text(operation.description()),
                    Prose.html(operation.description()),
                    operation.pro(),
                    operation.deprecated(),
                    forms,
                    !parameters.isEmpty(),
                    operation.paramsTypeName() == null ? "" : operation.paramsTypeName(),
                    parameters,
                    body(operation),
                    returns,
                    typeText.html(operation.response()),
                    typeText.markdown(operation.response()),
                    operation.response().isNone(),
                    !responseFields(operation.response()).isEmpty(),
                    responseFields(operation.response()),
                    !facts.errors().isEmpty(),
                    errors(facts),
                    !facts.registeredIn().isEmpty()
                            || !facts.notRegisteredIn().isEmpty()
                            || facts.since() != null
                            || !requires.isEmpty(),
                    facts.registeredIn(),
                    facts.notRegisteredIn(),
                    facts.since() == null ? "" : facts.since(),
                    requires,
                    examples.call(module, operation, facts, plain),
                    search);
        }

        private static String form(Operation operation, JavaSignatures.Method method) {
            String rest = method.name().substring(operation.javaName().length());
            return rest.isEmpty() ? "plain" : rest;
        }

        private ParameterView parameter(Parameter parameter) {
            return new ParameterView(
                    parameter.javaName(),
                    parameter.wireName(),
                    parameter.location().name().toLowerCase(Locale.ROOT),
                    parameter.location() == Parameter.Location.PATH,
                    typeText.text(parameter.type()),
                    typeText.html(parameter.type()),
                    parameter.required(),
                    Prose.cell(parameter.description()),
                    Prose.inlineHtml(parameter.description()),
                    parameter.defaultValue() == null ? "" : parameter.defaultValue());
        }

        private BodyView body(Operation operation) {
            Operation.RequestBody body = operation.body();
            if (body == null) {
                return null;
            }
            List<FieldView> fields = body.type() instanceof TypeRef.Named named
                            && types.get(named.name()) instanceof TypeDef.RecordDef record
                    ? fields(record)
                    : List.of();
            return new BodyView(
                    typeText.text(body.type()),
                    typeText.html(body.type()),
                    typeText.markdown(body.type()),
                    body.required(),
                    body.encoding().name().toLowerCase(Locale.ROOT),
                    fields);
        }

        /** The fields of the record an operation answers with (or pages through). */
        private List<FieldView> responseFields(TypeRef response) {
            TypeRef inner = response instanceof TypeRef.PageOf page ? page.items() : response;
            if (inner instanceof TypeRef.ListOf list) {
                inner = list.items();
            }
            return inner instanceof TypeRef.Named named && types.get(named.name()) instanceof TypeDef.RecordDef record
                    ? fields(record)
                    : List.of();
        }

        private List<FieldView> fields(TypeDef.RecordDef record) {
            return record.fields().stream()
                    .map(field -> new FieldView(
                            field.javaName(),
                            field.jsonName(),
                            typeText.text(field.type()),
                            typeText.html(field.type()),
                            typeText.markdown(field.type()),
                            field.required(),
                            Prose.cell(field.description()),
                            Prose.inlineHtml(field.description()),
                            php(field)))
                    .toList();
        }

        private static List<ErrorView> errors(Documentation.OperationFacts facts) {
            return facts.errors().stream()
                    .map(error ->
                            new ErrorView(error.status(), exception(error.status()), Prose.cell(error.description())))
                    .toList();
        }
    }

    /** The exception the runtime's error mapping throws for a status. */
    static String exception(String status) {
        return switch (status) {
            case "400" -> "BadRequestException";
            case "401" -> "UnauthorizedException";
            case "403" -> "ForbiddenException";
            case "404" -> "NotFoundException";
            case "422" -> "ValidationException";
            case "429" -> "RateLimitedException";
            default -> status.startsWith("5") ? "ServerException" : "FluentCrmException";
        };
    }

    /** What PHP does to a field on the wire, for the reader: the string a number arrives as, the flag spelling. */
    static String php(Field field) {
        if (field.type() instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.ScalarKind.BOOLEAN) {
            switch (scalar.flagEncoding()) {
                case YES_NO:
                    return "sent as \"yes\" / \"no\"";
                case ONE_ZERO:
                    return "sent as \"1\" / \"0\"";
                default:
                    break;
            }
        }
        if (field.phpType() == null) {
            return "";
        }
        return switch (field.phpType()) {
            case "integer" -> "a number sent as a string (\"12\")";
            case "number" -> "a decimal sent as a string (\"12.50\")";
            case "datetime" -> "site time without zone (\"2026-11-26 10:00:00\")";
            case "date" -> "a date string (\"2026-11-26\")";
            case "boolean" -> "a flag PHP sends as a string";
            default -> "x-php-type: " + field.phpType();
        };
    }

    private static String requirement(Documentation.Requirement requirement) {
        if (requirement.plugin() != null) {
            return "the " + requirement.plugin() + " plugin";
        }
        String module = requirement.module() == null ? "a module" : "the " + requirement.module() + " module";
        return requirement.enable() == null ? module + " switched on" : module + " (" + requirement.enable() + ")";
    }
}
