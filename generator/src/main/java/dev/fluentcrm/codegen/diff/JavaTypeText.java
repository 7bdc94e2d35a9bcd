package dev.fluentcrm.codegen.diff;

import dev.fluentcrm.codegen.emit.common.JavaTypes;
import dev.fluentcrm.codegen.emit.common.TypeSpelling;
import dev.fluentcrm.codegen.model.TypeRef;

/**
 * Spells a {@link TypeRef} the way the generated SDK declares it ({@code List<Contact>}, with
 * simple names), and the way it travels, so that a report can tell a change of the Java type (a
 * source change for callers) from a change of the wire format only.
 */
final class JavaTypeText {
    private JavaTypeText() {}

    /** The Java type of a value, as the generated code declares it (see {@link JavaTypes#of}), in simple names. */
    static String of(TypeRef type) {
        return TypeSpelling.of(type);
    }

    /** The Java type, and for a flag how it is spelt on the wire: {@code Boolean (sent as "yes"/"no")}. */
    static String withWire(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.ScalarKind.BOOLEAN) {
            return switch (scalar.flagEncoding()) {
                case NATIVE -> "Boolean (JSON true/false)";
                case YES_NO -> "Boolean (sent as \"yes\"/\"no\")";
                case ONE_ZERO -> "Boolean (sent as 1/0)";
            };
        }
        if (type instanceof TypeRef.ListOf list) {
            return "List of " + withWire(list.items());
        }
        if (type instanceof TypeRef.MapOf map) {
            return "Map of " + withWire(map.values());
        }
        if (type instanceof TypeRef.PageOf page) {
            return "Page of " + withWire(page.items());
        }
        return of(type);
    }
}
