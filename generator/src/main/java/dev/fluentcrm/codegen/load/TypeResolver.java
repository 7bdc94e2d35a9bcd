package dev.fluentcrm.codegen.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.fluentcrm.codegen.model.Field;
import dev.fluentcrm.codegen.model.TypeDef;
import dev.fluentcrm.codegen.model.TypeRef;
import dev.fluentcrm.codegen.model.TypeRef.FlagEncoding;
import dev.fluentcrm.codegen.model.TypeRef.ScalarKind;
import dev.fluentcrm.codegen.naming.JavaNames;
import dev.fluentcrm.codegen.naming.UniqueNames;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Resolves schemas to {@link TypeRef}s and collects the records and enums to emit. Named
 * component schemas keep their names; inline objects and enums are named after where they
 * appear ({@code Contact} + {@code stats} -> {@code ContactStats}). It knows FluentCRM's PHP
 * idioms: {@code x-php-type}, a {@code oneOf} with a null-only or empty-array branch, and
 * Laravel pages (which become {@code Page<T>} rather than records).
 */
final class TypeResolver {
    private static final String COMPONENT_PREFIX = "#/components/schemas/";
    static final int MAX_PROPERTIES = 250;
    private static final int MAX_DEPTH = 128;

    private final Refs refs;
    private final Map<String, Schema<?>> components;
    private final UniqueNames typeNames;
    private final Map<String, TypeRef> resolvedComponents = new HashMap<>();
    /** Components that are not records, being resolved, with the number of components resolved when each began. */
    private final Map<String, Integer> structuralInProgress = new HashMap<>();
    /** How many resolve calls are on the stack: a cycle swagger-parser inlined would otherwise overflow it. */
    private int depth;

    private final Map<String, TypeDef> defs = new LinkedHashMap<>();
    /** The Java names of the component schemas that become types. */
    private final Map<String, String> componentNames = new HashMap<>();

    TypeResolver(Refs refs, Map<String, Schema<?>> components, UniqueNames typeNames) {
        this.refs = refs;
        this.components = components == null ? Map.of() : components;
        this.typeNames = typeNames;
        // Components claim their names first, so an inline type never takes a component's name
        // and the names do not depend on the order in which types happen to be resolved.
        this.components.keySet().stream().sorted().forEach(name -> {
            Schema<?> schema = this.components.get(name);
            if (SchemaShapes.isRecordLike(schema, refs, SpecException.pointer("components", "schemas", name))
                    || isStringEnum(schema)) {
                componentNames.put(name, typeNames.claim(JavaNames.typeName(name)));
            }
        });
    }

    /** Every component schema resolved, so each object schema becomes a record even if unused. */
    void resolveAllComponents() {
        components.keySet().stream()
                .sorted()
                .forEach(name -> component(name, SpecException.pointer("components", "schemas", name)));
    }

    List<TypeDef> defs() {
        List<TypeDef> sorted = new ArrayList<>(defs.values());
        sorted.sort(Comparator.comparing(TypeDef::name));
        return sorted;
    }

    /** Resolves {@code schema}, naming any new inline type {@code nameHint}; {@code where} is its JSON pointer. */
    TypeRef resolve(Schema<?> schema, String nameHint, String where) {
        if (depth == MAX_DEPTH) {
            throw new SpecException(refs.place(where) + ": schemas nested more than " + MAX_DEPTH
                    + " deep (a schema that contains itself?)");
        }
        depth++;
        try {
            return resolveAtDepth(schema, nameHint, where);
        } finally {
            depth--;
        }
    }

    private TypeRef resolveAtDepth(Schema<?> schema, String nameHint, String where) {
        if (schema == null) {
            return new TypeRef.AnyJson();
        }
        if (schema.get$ref() != null) {
            String ref = schema.get$ref();
            if (!ref.startsWith(COMPONENT_PREFIX)) {
                throw new SpecException(refs.place(where) + ": $ref '" + ref + "' must point into " + COMPONENT_PREFIX);
            }
            return component(ref.substring(COMPONENT_PREFIX.length()), where);
        }
        TypeRef page = SchemaShapes.pageItems(schema, refs, where)
                .map(items -> (TypeRef)
                        new TypeRef.PageOf(resolve(items, JavaNames.singular(nameHint), where + "/data/items")))
                .orElse(null);
        if (page != null) {
            return page;
        }
        List<Schema<?>> alternatives = alternatives(schema);
        if (alternatives != null) {
            return alternativesType(schema, alternatives, nameHint, where);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            if (schema.getAllOf().size() == 1 && schema.getProperties() == null) {
                return resolve(schema.getAllOf().get(0), nameHint, where + "/allOf/0");
            }
            return record(schema, nameHint, where);
        }
        TypeRef php = phpType(schema);
        if (php != null) {
            return php;
        }
        if (SchemaShapes.isEmptyArray(schema, refs, where)) {
            // Only ever [], PHP's empty object: nothing a Java type could add.
            return new TypeRef.AnyJson();
        }
        String type = schema.getType();
        if (type == null && schema.getProperties() != null) {
            type = "object";
        }
        if (type == null && schema.getAdditionalProperties() instanceof Schema<?>) {
            // No type but a value schema: PHP's "object, or [] when empty" written without oneOf.
            type = "object";
        }
        if (type == null && schema.getItems() != null && schema.getAdditionalProperties() == null) {
            type = "array";
        }
        if (type == null) {
            return new TypeRef.AnyJson();
        }
        switch (type) {
            case "string":
                return stringType(schema, nameHint, where);
            case "integer":
                return TypeRef.Scalar.of("int32".equals(schema.getFormat()) ? ScalarKind.INTEGER : ScalarKind.LONG);
            case "number":
                return TypeRef.Scalar.of(
                        "double".equals(schema.getFormat()) || "float".equals(schema.getFormat())
                                ? ScalarKind.DOUBLE
                                : ScalarKind.DECIMAL);
            case "boolean":
                return TypeRef.Scalar.of(ScalarKind.BOOLEAN);
            case "array":
                return new TypeRef.ListOf(
                        resolve(schema.getItems(), JavaNames.typeName(JavaNames.singular(nameHint)), where + "/items"));
            case "object":
                return objectType(schema, nameHint, where);
            default:
                throw new SpecException(refs.place(where) + ": unknown type '" + type + "'");
        }
    }

    private TypeRef component(String name, String where) {
        TypeRef known = resolvedComponents.get(name);
        if (known != null) {
            return known;
        }
        Schema<?> schema = components.get(name);
        if (schema == null) {
            throw new SpecException(refs.place(where) + ": $ref '" + COMPONENT_PREFIX + name + "' points at nothing");
        }
        String at = SpecException.pointer("components", "schemas", name);
        if (SchemaShapes.isRecordLike(schema, refs, at)) {
            // Registered before its fields resolve, so a schema may refer to itself.
            String javaName = componentNames.get(name);
            TypeRef.Named named = new TypeRef.Named(javaName);
            resolvedComponents.put(name, named);
            defs.put(javaName, buildRecord(javaName, schema, at));
            return named;
        }
        if (isStringEnum(schema)) {
            String javaName = componentNames.get(name);
            TypeRef.Named named = new TypeRef.Named(javaName);
            resolvedComponents.put(name, named);
            defs.put(javaName, enumDef(javaName, schema, at));
            return named;
        }
        // Met again before a component record (registered before its fields) came in between:
        // a cycle of $ref, items, allOf or inline objects alone, which no Java type can express.
        Integer recordsWhenEntered = structuralInProgress.get(name);
        if (recordsWhenEntered != null && recordsWhenEntered == resolvedComponents.size()) {
            throw new SpecException(refs.place(at) + ": the schema contains itself with no component object in between;"
                    + " a schema may refer to itself only through a property of a component schema with properties");
        }
        structuralInProgress.put(name, resolvedComponents.size());
        try {
            TypeRef structural = resolve(schema, JavaNames.typeName(name), at);
            resolvedComponents.put(name, structural);
            return structural;
        } finally {
            if (recordsWhenEntered == null) {
                structuralInProgress.remove(name);
            } else {
                structuralInProgress.put(name, recordsWhenEntered);
            }
        }
    }

    /** The branches of a oneOf/anyOf, or null when the schema has none. */
    private static List<Schema<?>> alternatives(Schema<?> schema) {
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return SchemaShapes.each(schema.getOneOf());
        }
        if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
            return SchemaShapes.each(schema.getAnyOf());
        }
        return null;
    }

    private TypeRef alternativesType(Schema<?> schema, List<Schema<?>> alternatives, String nameHint, String where) {
        TypeRef php = phpType(schema);
        if (php != null) {
            return php;
        }
        // PHP idioms that do not change the Java type: "or null", "or [] when empty", and "or false
        // for nothing" (the reader takes false as null), so a count that may be false stays a number.
        List<Schema<?>> meaningful = new ArrayList<>();
        for (Schema<?> alternative : alternatives) {
            if (!SchemaShapes.isNullOnly(alternative, refs, where)
                    && !SchemaShapes.isEmptyArray(alternative, refs, where)
                    && !(alternatives.size() > 1 && SchemaShapes.isFalseOnly(alternative, refs, where))) {
                meaningful.add(alternative);
            }
        }
        String branch = schema.getOneOf() != null ? "/oneOf/" : "/anyOf/";
        if (meaningful.size() == 1) {
            return resolve(meaningful.get(0), nameHint, where + branch + alternatives.indexOf(meaningful.get(0)));
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (Schema<?> alternative : meaningful) {
            Schema<?> target = refs.schema(alternative, where);
            if (target.getType() == null
                    || target.getProperties() != null
                    || "object".equals(target.getType())
                    || "array".equals(target.getType())) {
                return new TypeRef.AnyJson();
            }
            kinds.add(scalarKind(target));
        }
        // Free text among the branches: a String holds every branch (Jackson writes 5 as "5").
        if (kinds.contains("text")) {
            return TypeRef.Scalar.of(ScalarKind.STRING);
        }
        if (kinds.contains("boolean")) {
            return kinds.stream().allMatch(k -> k.equals("boolean") || k.equals("integer"))
                    ? TypeRef.Scalar.of(ScalarKind.BOOLEAN)
                    : new TypeRef.AnyJson();
        }
        // "A number, or the same number as a string": the lenient reader takes both.
        return TypeRef.Scalar.of(kinds.contains("number") ? ScalarKind.DECIMAL : ScalarKind.LONG);
    }

    /**
     * What a scalar branch holds: {@code integer}, {@code number}, {@code boolean} (also the
     * strings PHP uses for flags), or {@code text}. A string is numeric when its x-php-type or
     * pattern says so.
     */
    private static String scalarKind(Schema<?> schema) {
        TypeRef php = phpType(schema);
        if (php instanceof TypeRef.Scalar scalar) {
            switch (scalar.kind()) {
                case LONG:
                case INTEGER:
                    return "integer";
                case DECIMAL:
                case DOUBLE:
                    return "number";
                case BOOLEAN:
                    return "boolean";
                default:
                    return "text";
            }
        }
        switch (schema.getType()) {
            case "integer":
            case "number":
            case "boolean":
                return schema.getType();
            default:
                String pattern = schema.getPattern() == null ? "" : schema.getPattern();
                if (pattern.equals("^-?[0-9]+$") || pattern.equals("^[0-9]+$")) {
                    return "integer";
                }
                if (pattern.startsWith("^-?[0-9]+(") || pattern.startsWith("^[0-9]+(")) {
                    return "number";
                }
                return "text";
        }
    }

    /**
     * The {@code x-php-type} a property declares, on itself, on the schema it refers to, or on a
     * branch of its {@code oneOf}/{@code anyOf} (a nullable PHP scalar); null when none does.
     */
    private String phpTypeName(Schema<?> property, String where) {
        Schema<?> target = refs.schema(property, where);
        Object php =
                target.getExtensions() == null ? null : target.getExtensions().get("x-php-type");
        if (php != null) {
            return php.toString();
        }
        List<Object> branches = new ArrayList<>();
        if (target.getOneOf() != null) {
            branches.addAll(target.getOneOf());
        }
        if (target.getAnyOf() != null) {
            branches.addAll(target.getAnyOf());
        }
        for (Object branch : branches) {
            Schema<?> resolved = refs.schema((Schema<?>) branch, where);
            Object inBranch = resolved.getExtensions() == null
                    ? null
                    : resolved.getExtensions().get("x-php-type");
            if (inBranch != null) {
                return inBranch.toString();
            }
        }
        return null;
    }

    /** The logical type a PHP-typed field declares with {@code x-php-type}, or null. */
    private static TypeRef phpType(Schema<?> schema) {
        Object php =
                schema.getExtensions() == null ? null : schema.getExtensions().get("x-php-type");
        if (php == null) {
            return null;
        }
        switch (php.toString()) {
            case "integer":
                return TypeRef.Scalar.of(ScalarKind.LONG);
            case "number":
                return TypeRef.Scalar.of(ScalarKind.DECIMAL);
            case "datetime":
                return TypeRef.Scalar.of(ScalarKind.DATE_TIME);
            case "date":
                return TypeRef.Scalar.of(ScalarKind.DATE);
            case "boolean":
                List<?> values = schema.getEnum() == null ? List.of() : schema.getEnum();
                FlagEncoding encoding = values.contains("yes")
                        ? FlagEncoding.YES_NO
                        : values.contains("1") || values.contains("0") ? FlagEncoding.ONE_ZERO : FlagEncoding.NATIVE;
                return new TypeRef.Scalar(ScalarKind.BOOLEAN, encoding);
            default:
                return null;
        }
    }

    private TypeRef stringType(Schema<?> schema, String nameHint, String where) {
        if (isStringEnum(schema)) {
            String name = typeNames.claim(JavaNames.typeName(nameHint));
            defs.put(name, enumDef(name, schema, where));
            return new TypeRef.Named(name);
        }
        if ("date-time".equals(schema.getFormat())) {
            return TypeRef.Scalar.of(ScalarKind.DATE_TIME);
        }
        if ("date".equals(schema.getFormat())) {
            return TypeRef.Scalar.of(ScalarKind.DATE);
        }
        if ("binary".equals(schema.getFormat())) {
            return TypeRef.Scalar.of(ScalarKind.BINARY);
        }
        return TypeRef.Scalar.of(ScalarKind.STRING);
    }

    /** A {@code type: string} enumeration; not PHP's {@code enum: [[]]}, whose inferred type is string too. */
    private static boolean isStringEnum(Schema<?> schema) {
        return "string".equals(schema.getType())
                && schema.getEnum() != null
                && schema.getEnum().stream().anyMatch(Objects::nonNull)
                && schema.getEnum().stream().noneMatch(v -> v instanceof JsonNode);
    }

    private TypeRef objectType(Schema<?> schema, String nameHint, String where) {
        boolean hasProperties =
                schema.getProperties() != null && !schema.getProperties().isEmpty();
        if (!hasProperties) {
            Object additional = schema.getAdditionalProperties();
            if (additional instanceof Schema<?> values) {
                return new TypeRef.MapOf(resolve(values, nameHint + "Value", where + "/additionalProperties"));
            }
            return new TypeRef.MapOf(new TypeRef.AnyJson());
        }
        return record(schema, nameHint, where);
    }

    private TypeRef record(Schema<?> schema, String nameHint, String where) {
        String name = typeNames.claim(JavaNames.typeName(nameHint));
        defs.put(name, buildRecord(name, schema, where));
        return new TypeRef.Named(name);
    }

    private TypeDef.RecordDef buildRecord(String name, Schema<?> schema, String where) {
        Map<String, Schema<?>> properties = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        Map<String, String> pointers = new HashMap<>();
        collectProperties(schema, where, properties, required, pointers, 0);
        if (properties.size() > MAX_PROPERTIES) {
            // The JVM allows 255 constructor parameters; the record also holds the unknown fields.
            throw new SpecException(refs.place(where) + ": " + properties.size() + " properties, more than the "
                    + MAX_PROPERTIES + " a Java record can hold; group some of them under a nested object");
        }
        UniqueNames fieldNames = new UniqueNames().reserve("additionalProperties", "builder", "toBuilder");
        List<Field> fields = new ArrayList<>();
        properties.forEach((json, property) -> {
            String javaName = fieldNames.claim(JavaNames.memberName(json));
            TypeRef type = resolve(property, name + JavaNames.typeName(json), pointers.get(json));
            fields.add(new Field(
                    json,
                    javaName,
                    type,
                    required.contains(json),
                    describe(property, pointers.get(json)),
                    ConstraintsReader.of(property),
                    phpTypeName(property, pointers.get(json))));
        });
        return new TypeDef.RecordDef(name, describe(schema, where), where, List.copyOf(fields), example(schema));
    }

    /** Gathers the properties of a schema and of everything it extends with allOf. */
    private void collectProperties(
            Schema<?> schema,
            String where,
            Map<String, Schema<?>> properties,
            Set<String> required,
            Map<String, String> pointers,
            int depth) {
        if (depth > 16) {
            throw new SpecException(refs.place(where) + ": allOf nests too deep (a cycle?)");
        }
        Schema<?> target = refs.schema(schema, where);
        String at = schema.get$ref() != null
                ? SpecException.pointer("components", "schemas", Refs.name(schema.get$ref()))
                : where;
        if (target.getAllOf() != null) {
            for (int i = 0; i < target.getAllOf().size(); i++) {
                collectProperties(
                        target.getAllOf().get(i), at + "/allOf/" + i, properties, required, pointers, depth + 1);
            }
        }
        if (target.getProperties() != null) {
            target.getProperties().forEach((json, property) -> {
                properties.put(json, property);
                pointers.put(json, at + "/properties/" + json.replace("~", "~0").replace("/", "~1"));
            });
        }
        if (target.getRequired() != null) {
            required.addAll(target.getRequired());
        }
    }

    private TypeDef.EnumDef enumDef(String name, Schema<?> schema, String where) {
        List<String> values = new ArrayList<>();
        for (Object value : schema.getEnum()) {
            if (value != null && !values.contains(value.toString())) {
                values.add(value.toString());
            }
        }
        return new TypeDef.EnumDef(name, describe(schema, where), where, List.copyOf(values));
    }

    /** A schema's description; where it has none, the one of the component it refers to. */
    private String describe(Schema<?> schema, String where) {
        if (schema.getDescription() != null) {
            return schema.getDescription().strip();
        }
        if (schema.get$ref() != null) {
            Schema<?> target = refs.schema(schema, where);
            return target.getDescription() == null
                    ? ""
                    : target.getDescription().strip();
        }
        return "";
    }

    private static String example(Schema<?> schema) {
        if (schema.getExample() == null) {
            return null;
        }
        try {
            return Json.mapper().writeValueAsString(schema.getExample());
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
