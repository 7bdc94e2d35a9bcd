package dev.fluentcrm.codegen.emit.common;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.model.TypeRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps the model's {@link TypeRef}s to Java types of the generated code and its runtime. */
public final class JavaTypes {
    public static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    public static final ClassName PAGE = ClassName.get("dev.fluentcrm.runtime.page", "Page");
    public static final ClassName API_EXECUTOR = ClassName.get("dev.fluentcrm.runtime.http", "ApiExecutor");
    public static final ClassName API_REQUEST = ClassName.get("dev.fluentcrm.runtime.http", "ApiRequest");
    public static final ClassName API_RESPONSE = ClassName.get("dev.fluentcrm.runtime.http", "ApiResponse");
    public static final ClassName CLIENT_EXTENSION = ClassName.get("dev.fluentcrm.runtime.http", "ClientExtension");
    public static final ClassName CLIENT_OPTIONS = ClassName.get("dev.fluentcrm.runtime.http", "ClientOptions");
    public static final ClassName RETRY_POLICY = ClassName.get("dev.fluentcrm.runtime.http", "RetryPolicy");
    public static final ClassName REQUEST_OPTIONS = ClassName.get("dev.fluentcrm.runtime.http", "RequestOptions");
    public static final ClassName HTTP_LISTENER = ClassName.get("dev.fluentcrm.runtime.http", "HttpListener");
    public static final ClassName OPEN_ENUM = ClassName.get("dev.fluentcrm.runtime.json", "OpenEnum");
    public static final ClassName IMMUTABLE = ClassName.get("dev.fluentcrm.runtime.json", "Immutable");
    public static final ClassName EXTRAS_BUILDER = ClassName.get("dev.fluentcrm.runtime.json", "ExtrasBuilder");
    public static final ClassName PHP_FLAG = ClassName.get("dev.fluentcrm.runtime.json", "PhpFlag");
    public static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
    public static final ClassName FILE_PART = ClassName.get("dev.fluentcrm.runtime.http", "FilePart");
    public static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private final String modelPackage;
    private final String providedPackage;
    private final Set<String> provided;
    private final TypeRef.Visitor<TypeName> mapping = new Mapping();

    public JavaTypes(String modelPackage) {
        this(modelPackage, modelPackage, Set.of());
    }

    private JavaTypes(String modelPackage, String providedPackage, Set<String> provided) {
        this.modelPackage = modelPackage;
        this.providedPackage = providedPackage;
        this.provided = provided;
    }

    /**
     * The types of a generation: its own models in {@code <package>.model}, and those the API marks
     * as provided in the model package of the SDK it extends.
     */
    public static JavaTypes of(Api api, GeneratorOptions options) {
        return options.extendsSdk()
                ? new JavaTypes(options.modelPackage(), options.extendedPackage() + ".model", api.providedTypes())
                : new JavaTypes(options.modelPackage());
    }

    public String modelPackage() {
        return modelPackage;
    }

    public ClassName model(String simpleName) {
        return ClassName.get(provided.contains(simpleName) ? providedPackage : modelPackage, simpleName);
    }

    /** The Java type of a value; boxed, since PHP may leave any field out. */
    public TypeName of(TypeRef type) {
        return type.accept(mapping);
    }

    /** The Java type of a scalar. */
    public static ClassName scalar(TypeRef.ScalarKind kind) {
        return switch (kind) {
            case STRING -> ClassName.get(String.class);
            case LONG -> ClassName.get(Long.class);
            case INTEGER -> ClassName.get(Integer.class);
            case DECIMAL -> ClassName.get(BigDecimal.class);
            case DOUBLE -> ClassName.get(Double.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case DATE_TIME -> ClassName.get(LocalDateTime.class);
            case DATE -> ClassName.get(LocalDate.class);
            case BINARY -> FILE_PART;
        };
    }

    /** Whether Jackson needs a TypeReference (a generic type) rather than a Class to decode {@code type}. */
    public static boolean isGeneric(TypeName type) {
        return type instanceof ParameterizedTypeName;
    }

    private final class Mapping implements TypeRef.Visitor<TypeName> {
        @Override
        public TypeName scalar(TypeRef.Scalar scalar) {
            return JavaTypes.scalar(scalar.kind());
        }

        @Override
        public TypeName list(TypeRef.ListOf list) {
            return ParameterizedTypeName.get(ClassName.get(List.class), of(list.items()));
        }

        @Override
        public TypeName map(TypeRef.MapOf map) {
            return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), of(map.values()));
        }

        @Override
        public TypeName named(TypeRef.Named named) {
            return model(named.name());
        }

        @Override
        public TypeName page(TypeRef.PageOf page) {
            return ParameterizedTypeName.get(PAGE, of(page.items()));
        }

        @Override
        public TypeName any(TypeRef.AnyJson any) {
            return JSON_NODE;
        }

        @Override
        public TypeName none(TypeRef.None none) {
            return ClassName.get(Void.class);
        }
    }
}
