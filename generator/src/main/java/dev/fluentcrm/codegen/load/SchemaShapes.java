package dev.fluentcrm.codegen.load;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Recognises the shapes that decide how a schema maps to Java. */
final class SchemaShapes {
    private SchemaShapes() {
    }

    /**
     * The item schema when {@code schema} is a Laravel page ({@code total}, {@code current_page}
     * and a {@code data} array, possibly spread over allOf parts), else empty.
     */
    static Optional<Schema<?>> pageItems(Schema<?> schema, Refs refs, String where) {
        Schema<?> target = refs.schema(schema, where);
        Schema<?> items = null;
        boolean hasTotal = false;
        boolean hasCurrentPage = false;
        for (Schema<?> part : parts(target, refs, where)) {
            Map<String, Schema> properties = part.getProperties();
            if (properties == null) {
                continue;
            }
            hasTotal |= properties.containsKey("total");
            hasCurrentPage |= properties.containsKey("current_page");
            Schema<?> data = properties.get("data");
            if (data != null) {
                Schema<?> dataTarget = refs.schema(data, where);
                if ("array".equals(dataTarget.getType()) && dataTarget.getItems() != null && !isUntyped(dataTarget.getItems())) {
                    items = dataTarget.getItems();
                }
            }
        }
        return hasTotal && hasCurrentPage && items != null ? Optional.of(items) : Optional.empty();
    }

    /** Whether a component schema becomes a record: an object with properties, or an allOf of such. */
    static boolean isRecordLike(Schema<?> schema, Refs refs, String where) {
        if (pageItems(schema, refs, where).isPresent()) {
            return false;
        }
        if (schema.getOneOf() != null || schema.getAnyOf() != null) {
            return false;
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return schema.getAllOf().size() > 1 || schema.getProperties() != null
                    || isRecordLike(refs.schema(schema.getAllOf().get(0), where), refs, where);
        }
        return schema.getProperties() != null && !schema.getProperties().isEmpty();
    }

    /** A branch that only admits null: {@code {nullable: true, enum: [null]}} and the like. */
    static boolean isNullOnly(Schema<?> schema, Refs refs, String where) {
        Schema<?> target = refs.schema(schema, where);
        List<?> values = target.getEnum();
        if (values != null && !values.isEmpty() && values.stream().allMatch(v -> v == null)) {
            return true;
        }
        return "null".equals(target.getType());
    }

    /** PHP's empty array standing in for an empty object: {@code {type: array, maxItems: 0}}. */
    static boolean isEmptyArray(Schema<?> schema, Refs refs, String where) {
        Schema<?> target = refs.schema(schema, where);
        return "array".equals(target.getType()) && target.getMaxItems() != null && target.getMaxItems() == 0;
    }

    /** swagger-parser's lists are raw ({@code List<Schema>}); this gives them a usable element type. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static List<Schema<?>> each(List<Schema> raw) {
        List<Schema<?>> typed = new java.util.ArrayList<>();
        for (Schema schema : raw) {
            typed.add((Schema<?>) schema);
        }
        return typed;
    }

    private static boolean isUntyped(Schema<?> schema) {
        return schema.get$ref() == null && schema.getType() == null && schema.getProperties() == null
                && schema.getAllOf() == null && schema.getOneOf() == null && schema.getAnyOf() == null;
    }

    private static List<Schema<?>> parts(Schema<?> schema, Refs refs, String where) {
        List<Schema<?>> parts = new java.util.ArrayList<>();
        parts.add(schema);
        if (schema.getAllOf() != null) {
            for (Schema<?> part : schema.getAllOf()) {
                parts.addAll(parts(refs.schema(part, where), refs, where));
            }
        }
        return parts;
    }
}
