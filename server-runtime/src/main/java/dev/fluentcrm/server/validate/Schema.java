package dev.fluentcrm.server.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the spec says a value must look like, as generated code declares it:
 * {@code Schema.object().required("email", Schema.string().format("email"))}. The
 * {@link Validator} checks JSON against it as leniently as PHP reads input.
 */
public sealed interface Schema {
    /** The logical kind of a scalar; PHP sends most of them as strings too. */
    enum Kind {
        STRING,
        INTEGER,
        NUMBER,
        BOOLEAN,
        DATE_TIME,
        DATE,
        FILE
    }

    static Scalar string() {
        return Scalar.of(Kind.STRING);
    }

    static Scalar integer() {
        return Scalar.of(Kind.INTEGER);
    }

    static Scalar number() {
        return Scalar.of(Kind.NUMBER);
    }

    static Scalar bool() {
        return Scalar.of(Kind.BOOLEAN);
    }

    static Scalar dateTime() {
        return Scalar.of(Kind.DATE_TIME);
    }

    static Scalar date() {
        return Scalar.of(Kind.DATE);
    }

    static Scalar file() {
        return Scalar.of(Kind.FILE);
    }

    static OneOf oneOf(String... values) {
        return new OneOf(List.of(values));
    }

    static ArrayOf arrayOf(Schema items) {
        return new ArrayOf(items, null, null);
    }

    static MapOf mapOf(Schema values) {
        return new MapOf(values);
    }

    static Ref ref(String name) {
        return new Ref(name);
    }

    static ObjectOf object() {
        return new ObjectOf(List.of());
    }

    static Any any() {
        return new Any();
    }

    /** A scalar with optional format and bounds ({@code null} means none). */
    record Scalar(
            Kind kind, String format, BigDecimal minimum, BigDecimal maximum, Integer minLength, Integer maxLength)
            implements Schema {
        static Scalar of(Kind kind) {
            return new Scalar(kind, null, null, null, null, null);
        }

        public Scalar format(String value) {
            return new Scalar(kind, value, minimum, maximum, minLength, maxLength);
        }

        public Scalar minimum(String value) {
            return new Scalar(kind, format, new BigDecimal(value), maximum, minLength, maxLength);
        }

        public Scalar maximum(String value) {
            return new Scalar(kind, format, minimum, new BigDecimal(value), minLength, maxLength);
        }

        public Scalar minLength(int value) {
            return new Scalar(kind, format, minimum, maximum, value, maxLength);
        }

        public Scalar maxLength(int value) {
            return new Scalar(kind, format, minimum, maximum, minLength, value);
        }
    }

    /** A string from a closed list (the spec's {@code enum}). */
    record OneOf(List<String> values) implements Schema {
        public OneOf {
            values = List.copyOf(values);
        }
    }

    /** A JSON array (or a PHP array with numeric keys). */
    record ArrayOf(Schema items, Integer minItems, Integer maxItems) implements Schema {
        public ArrayOf minItems(int value) {
            return new ArrayOf(items, value, maxItems);
        }

        public ArrayOf maxItems(int value) {
            return new ArrayOf(items, minItems, value);
        }
    }

    /** A JSON object used as a dictionary. */
    record MapOf(Schema values) implements Schema {}

    /** A named schema, looked up in the {@link SchemaRegistry} (so schemas may refer to themselves). */
    record Ref(String name) implements Schema {}

    /** A JSON object with known properties; others are allowed, as the server ignores them. */
    record ObjectOf(List<Property> properties) implements Schema {
        public ObjectOf {
            properties = List.copyOf(properties);
        }

        public ObjectOf required(String name, Schema schema) {
            return with(new Property(name, schema, true));
        }

        public ObjectOf optional(String name, Schema schema) {
            return with(new Property(name, schema, false));
        }

        private ObjectOf with(Property property) {
            List<Property> more = new ArrayList<>(properties);
            more.add(property);
            return new ObjectOf(more);
        }
    }

    /** One property of an {@link ObjectOf}. */
    record Property(String name, Schema schema, boolean required) {}

    /** Anything at all. */
    record Any() implements Schema {}
}
