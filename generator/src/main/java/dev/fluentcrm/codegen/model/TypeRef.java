package dev.fluentcrm.codegen.model;

/**
 * The Java-facing type of a value, as the loader resolved it from a schema. Named types point
 * into {@link Api#types()}; everything else is structural.
 */
public sealed interface TypeRef {
    /** A scalar, with the wire spelling PHP uses for it. */
    record Scalar(ScalarKind kind, FlagEncoding flagEncoding) implements TypeRef {
        public static Scalar of(ScalarKind kind) {
            return new Scalar(kind, FlagEncoding.NATIVE);
        }
    }

    /** A JSON array. */
    record ListOf(TypeRef items) implements TypeRef {
    }

    /** A JSON object used as a dictionary. */
    record MapOf(TypeRef values) implements TypeRef {
    }

    /** A record or enumeration defined in {@link Api#types()}. */
    record Named(String name) implements TypeRef {
    }

    /** One page of a Laravel paginator holding {@code items}. */
    record PageOf(TypeRef items) implements TypeRef {
    }

    /** Any JSON value: the schema allows shapes one Java type cannot express. */
    record AnyJson() implements TypeRef {
    }

    /** No body at all. */
    record None() implements TypeRef {
    }

    enum ScalarKind { STRING, LONG, INTEGER, DECIMAL, DOUBLE, BOOLEAN, DATE_TIME, DATE, BINARY }

    /** How a boolean travels: JSON true/false, or the strings PHP stores. */
    enum FlagEncoding { NATIVE, YES_NO, ONE_ZERO }
}
