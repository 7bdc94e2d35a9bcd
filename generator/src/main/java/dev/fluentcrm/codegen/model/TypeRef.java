package dev.fluentcrm.codegen.model;

/**
 * The Java-facing type of a value, as the loader resolved it from a schema. Named types point
 * into {@link Api#types()}; everything else is structural.
 *
 * <p>Code that handles every kind of type goes through {@link #accept(Visitor)}: a new kind is
 * then a compile error in each visitor, never a silent default branch.
 */
public sealed interface TypeRef {
    <R> R accept(Visitor<R> visitor);

    /** Whether this is {@link None}: the operation answers without a body. */
    default boolean isNone() {
        return this instanceof None;
    }

    /** One method per kind of type. */
    interface Visitor<R> {
        R scalar(Scalar scalar);

        R list(ListOf list);

        R map(MapOf map);

        R named(Named named);

        R page(PageOf page);

        R any(AnyJson any);

        R none(None none);
    }

    /** A scalar, with the wire spelling PHP uses for it. */
    record Scalar(ScalarKind kind, FlagEncoding flagEncoding) implements TypeRef {
        public static Scalar of(ScalarKind kind) {
            return new Scalar(kind, FlagEncoding.NATIVE);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.scalar(this);
        }

        /** Whether the value is a whole number ({@code LONG} or {@code INTEGER}). */
        public boolean isWholeNumber() {
            return kind == ScalarKind.LONG || kind == ScalarKind.INTEGER;
        }
    }

    /** A JSON array. */
    record ListOf(TypeRef items) implements TypeRef {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.list(this);
        }
    }

    /** A JSON object used as a dictionary. */
    record MapOf(TypeRef values) implements TypeRef {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.map(this);
        }
    }

    /** A record or enumeration defined in {@link Api#types()}. */
    record Named(String name) implements TypeRef {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.named(this);
        }
    }

    /** One page of a Laravel paginator holding {@code items}. */
    record PageOf(TypeRef items) implements TypeRef {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.page(this);
        }
    }

    /** Any JSON value: the schema allows shapes one Java type cannot express. */
    record AnyJson() implements TypeRef {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.any(this);
        }
    }

    /** No body at all. */
    record None() implements TypeRef {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.none(this);
        }
    }

    enum ScalarKind {
        STRING,
        LONG,
        INTEGER,
        DECIMAL,
        DOUBLE,
        BOOLEAN,
        DATE_TIME,
        DATE,
        BINARY
    }

    /** How a boolean travels: JSON true/false, or the strings PHP stores. */
    enum FlagEncoding {
        NATIVE,
        YES_NO,
        ONE_ZERO
    }
}
