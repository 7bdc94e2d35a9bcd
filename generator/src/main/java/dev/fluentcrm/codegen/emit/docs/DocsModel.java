package dev.fluentcrm.codegen.emit.docs;

import dev.fluentcrm.codegen.ProjectInfo;
import dev.fluentcrm.codegen.emit.common.JavaTypes;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.codegen.model.Parameter;
import dev.fluentcrm.codegen.model.TypeRef;
import java.util.List;
import java.util.Locale;

/**
 * What the templates see: plain records built from the {@link Api}, so a template never needs
 * logic and a user's override template can rely on these names (they are the documented
 * template contract).
 */
public final class DocsModel {
    private DocsModel() {}

    /** The scope of every template. */
    public record Scope(
            ProjectInfo project,
            ApiView api,
            List<ModuleView> modules,
            ModuleView module,
            String generatorVersion,
            String runtimeVersion) {
        Scope withModule(ModuleView one) {
            return new Scope(project, api, modules, one, generatorVersion, runtimeVersion);
        }
    }

    public record ApiView(String title, String version, String description, int operationCount, int moduleCount) {}

    public record ModuleView(
            String tag,
            String className,
            String accessor,
            String description,
            String page,
            int operationCount,
            String example,
            List<OperationView> operations) {}

    public record OperationView(
            String javaName,
            String anchor,
            String method,
            String path,
            String summary,
            String description,
            boolean pro,
            boolean deprecated,
            boolean hasParameters,
            List<ParameterView> parameters,
            String returns) {}

    public record ParameterView(String name, String location, boolean required, String description) {}

    static Scope scope(Api api, ProjectInfo project, String generatorVersion) {
        List<ModuleView> modules = api.modules().stream().map(DocsModel::module).toList();
        ApiView view = new ApiView(
                api.title(), api.version(), oneLine(api.description()), api.operationCount(), modules.size());
        return new Scope(project, view, modules, null, generatorVersion, generatorVersion);
    }

    private static ModuleView module(ApiModule module) {
        List<OperationView> operations =
                module.operations().stream().map(DocsModel::operation).toList();
        return new ModuleView(
                module.tag(),
                module.className(),
                module.accessor(),
                text(module.description()),
                pageName(module),
                operations.size(),
                Examples.call(module),
                operations);
    }

    /** The module's page below {@code docs/}, from its tag: {@code Custom Fields} -> {@code custom-fields.md}. */
    static String pageName(ApiModule module) {
        String slug = module.tag()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return (slug.isEmpty() ? module.accessor() : slug) + ".md";
    }

    private static OperationView operation(Operation operation) {
        List<ParameterView> parameters =
                operation.parameters().stream().map(DocsModel::parameter).toList();
        return new OperationView(
                operation.javaName(),
                operation.javaName().toLowerCase(Locale.ROOT),
                operation.method().toUpperCase(Locale.ROOT),
                operation.path(),
                oneLine(operation.summary()),
                text(operation.description()),
                operation.pro(),
                operation.deprecated(),
                !parameters.isEmpty(),
                parameters,
                typeName(operation.response()));
    }

    private static ParameterView parameter(Parameter parameter) {
        return new ParameterView(
                parameter.wireName(),
                parameter.location().name().toLowerCase(Locale.ROOT),
                parameter.required(),
                oneLine(parameter.description()));
    }

    /** The Java type a reader sees, without packages. */
    static String typeName(TypeRef type) {
        return type.accept(new TypeRef.Visitor<>() {
            @Override
            public String scalar(TypeRef.Scalar scalar) {
                return scalar.kind() == TypeRef.ScalarKind.BINARY
                        ? "byte[]"
                        : JavaTypes.scalar(scalar.kind()).simpleName();
            }

            @Override
            public String list(TypeRef.ListOf list) {
                return "List<" + typeName(list.items()) + ">";
            }

            @Override
            public String map(TypeRef.MapOf map) {
                return "Map<String, " + typeName(map.values()) + ">";
            }

            @Override
            public String named(TypeRef.Named named) {
                return named.name();
            }

            @Override
            public String page(TypeRef.PageOf page) {
                return "Page<" + typeName(page.items()) + ">";
            }

            @Override
            public String any(TypeRef.AnyJson any) {
                return "JsonNode";
            }

            @Override
            public String none(TypeRef.None none) {
                return "nothing";
            }
        });
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** Table cells cannot hold line breaks or unescaped pipes. */
    private static String oneLine(String value) {
        return text(value).replaceAll("\\s*\\R\\s*", " ").replace("|", "\\|");
    }
}
