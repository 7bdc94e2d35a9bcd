package dev.fluentcrm.codegen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.fluentcrm.codegen.model.TypeRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Maps the model's {@link TypeRef}s to Java types of the generated code and its runtime. */
public final class JavaTypes {
    public static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    public static final ClassName PAGE = ClassName.get("dev.fluentcrm.runtime.page", "Page");
    public static final ClassName API_EXECUTOR = ClassName.get("dev.fluentcrm.runtime.http", "ApiExecutor");
    public static final ClassName API_REQUEST = ClassName.get("dev.fluentcrm.runtime.http", "ApiRequest");
    public static final ClassName API_RESPONSE = ClassName.get("dev.fluentcrm.runtime.http", "ApiResponse");
    public static final ClassName CLIENT_OPTIONS = ClassName.get("dev.fluentcrm.runtime.http", "ClientOptions");
    public static final ClassName RETRY_POLICY = ClassName.get("dev.fluentcrm.runtime.http", "RetryPolicy");
    public static final ClassName OPEN_ENUM = ClassName.get("dev.fluentcrm.runtime.json", "OpenEnum");
    public static final ClassName IMMUTABLE = ClassName.get("dev.fluentcrm.runtime.json", "Immutable");
    public static final ClassName PHP_FLAG = ClassName.get("dev.fluentcrm.runtime.json", "PhpFlag");
    public static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
    public static final ClassName FILE_PART = ClassName.get("dev.fluentcrm.runtime.http", "FilePart");
    public static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private final String modelPackage;

    public JavaTypes(String modelPackage) {
        this.modelPackage = modelPackage;
    }

    public String modelPackage() {
        return modelPackage;
    }

    public ClassName model(String simpleName) {
        return ClassName.get(modelPackage, simpleName);
    }

    /** The Java type of a value; boxed, since PHP may leave any field out. */
    public TypeName of(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            switch (scalar.kind()) {
                case STRING:
                    return ClassName.get(String.class);
                case LONG:
                    return ClassName.get(Long.class);
                case INTEGER:
                    return ClassName.get(Integer.class);
                case DECIMAL:
                    return ClassName.get(BigDecimal.class);
                case DOUBLE:
                    return ClassName.get(Double.class);
                case BOOLEAN:
                    return ClassName.get(Boolean.class);
                case DATE_TIME:
                    return ClassName.get(LocalDateTime.class);
                case DATE:
                    return ClassName.get(LocalDate.class);
                case BINARY:
                    return FILE_PART;
                default:
                    throw new IllegalStateException("unmapped scalar " + scalar.kind());
            }
        }
        if (type instanceof TypeRef.ListOf list) {
            return ParameterizedTypeName.get(ClassName.get(List.class), of(list.items()));
        }
        if (type instanceof TypeRef.MapOf map) {
            return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), of(map.values()));
        }
        if (type instanceof TypeRef.Named named) {
            return model(named.name());
        }
        if (type instanceof TypeRef.PageOf page) {
            return ParameterizedTypeName.get(PAGE, of(page.items()));
        }
        if (type instanceof TypeRef.None) {
            return ClassName.get(Void.class);
        }
        return JSON_NODE;
    }

    /** Whether Jackson needs a TypeReference (a generic type) rather than a Class to decode it. */
    public static boolean isGeneric(TypeRef type) {
        return type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf || type instanceof TypeRef.PageOf;
    }
}
