package dev.fluentcrm.codegen.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Recognises the shapes that decide how a schema maps to Java. */
final class SchemaShapes {
    private static final int MAX_ALL_OF_DEPTH = 32;

    private SchemaShapes() {}

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
            Map<String, Schema<?>> properties = properties(part);
            if (properties == null) {
                continue;
            }
            hasTotal |= properties.containsKey("total");
            hasCurrentPage |= properties.containsKey("current_page");
            Schema<?> data = properties.get("data");
            if (data != null) {
                Schema<?> dataTarget = refs.schema(data, where);
                if ("array".equals(dataTarget.getType())
                        && dataTarget.getItems() != null
                        && !isUntyped(dataTarget.getItems())) {
                    items = dataTarget.getItems();
                }
            }
        }
        return hasTotal && hasCurrentPage && items != null ? Optional.of(items) : Optional.empty();
    }

    /** Whether a component schema becomes a record: an object with properties, or an allOf of such. */
    static boolean isRecordLike(Schema<?> schema, Refs refs, String where) {
        return isRecordLike(schema, refs, where, 0);
    }

    private static boolean isRecordLike(Schema<?> schema, Refs refs, String where, int depth) {
        if (depth > MAX_ALL_OF_DEPTH) {
            throw new SpecException(refs.place(where) + ": allOf nested more than " + MAX_ALL_OF_DEPTH
                    + " deep (a schema that is allOf itself?)");
        }
        if (pageItems(schema, refs, where).isPresent()) {
            return false;
        }
        if (schema.getOneOf() != null || schema.getAnyOf() != null) {
            return false;
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return schema.getAllOf().size() > 1
                    || schema.getProperties() != null
                    || isRecordLike(refs.schema(schema.getAllOf().get(0), where), refs, where, depth + 1);
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

    /**
     * PHP's {@code false} for "nothing": a boolean branch whose only value is false
     * ({@code {type: boolean, enum: [false]}}), beside the branch that carries the value.
     */
    static boolean isFalseOnly(Schema<?> schema, Refs refs, String where) {
        Schema<?> target = refs.schema(schema, where);
        List<?> values = target.getEnum();
        return "boolean".equals(target.getType())
                && values != null
                && values.size() == 1
                && (Boolean.FALSE.equals(values.get(0))
                        || values.get(0) instanceof JsonNode node && node.isBoolean() && !node.booleanValue());
    }

    /** PHP's empty array standing in for an empty object: {@code {type: array, maxItems: 0}} or {@code {enum: [[]]}}. */
    static boolean isEmptyArray(Schema<?> schema, Refs refs, String where) {
        Schema<?> target = refs.schema(schema, where);
        if ("array".equals(target.getType()) && target.getMaxItems() != null && target.getMaxItems() == 0) {
            return true;
        }
        // Also written as the single allowed value: enum: [[]] (swagger-parser keeps the value as a JSON node).
        List<?> values = target.getEnum();
        if (values == null || values.size() != 1) {
            return false;
        }
        Object only = values.get(0);
        return only instanceof Collection<?> list && list.isEmpty()
                || only instanceof JsonNode node && node.isArray() && node.isEmpty();
    }

    /** swagger-parser's property maps are raw ({@code Map<String, Schema>}); this gives them a usable value type (null stays null). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Map<String, Schema<?>> properties(Schema<?> schema) {
        Map raw = schema.getProperties();
        return raw;
    }

    /** swagger-parser's lists are raw ({@code List<Schema>}); this gives them a usable element type. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static List<Schema<?>> each(List<Schema> raw) {
        List<Schema<?>> typed = new ArrayList<>();
        for (Schema schema : raw) {
            typed.add((Schema<?>) schema);
        }
        return typed;
    }

    private static boolean isUntyped(Schema<?> schema) {
        return schema.get$ref() == null
                && schema.getType() == null
                && schema.getProperties() == null
                && schema.getAllOf() == null
                && schema.getOneOf() == null
                && schema.getAnyOf() == null;
    }

    private static List<Schema<?>> parts(Schema<?> schema, Refs refs, String where) {
        List<Schema<?>> parts = new ArrayList<>();
        collectParts(schema, refs, where, parts, 0);
        return parts;
    }

    private static void collectParts(Schema<?> schema, Refs refs, String where, List<Schema<?>> parts, int depth) {
        if (depth > MAX_ALL_OF_DEPTH) {
            throw new SpecException(refs.place(where) + ": allOf nested more than " + MAX_ALL_OF_DEPTH
                    + " deep (a schema that is allOf itself?)");
        }
        parts.add(schema);
        if (schema.getAllOf() != null) {
            for (Schema<?> part : schema.getAllOf()) {
                collectParts(refs.schema(part, where), refs, where, parts, depth + 1);
            }
        }
    }
}
