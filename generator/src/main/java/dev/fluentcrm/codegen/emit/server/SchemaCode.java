package dev.fluentcrm.codegen.emit.server;

import com.palantir.javapoet.CodeBlock;
import dev.fluentcrm.codegen.model.Constraints;
import dev.fluentcrm.codegen.model.TypeDef;
import dev.fluentcrm.codegen.model.TypeRef;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Writes a model type as a server-runtime schema expression: {@code Schema.integer().minimum("1")},
 * {@code Schema.arrayOf(Schema.ref("Tag"))}. Named types are referred to by name, so the schema of
 * a record is written once, in the registry, whatever refers to it.
 */
final class SchemaCode {
    private static final Set<String> STRING_FORMATS = Set.of("email", "uri", "url");

    private SchemaCode() {
    }

    static CodeBlock of(TypeRef type, Constraints constraints) {
        Constraints c = constraints == null ? Constraints.NONE : constraints;
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar(scalar.kind(), c);
        }
        if (type instanceof TypeRef.ListOf list) {
            CodeBlock.Builder code = CodeBlock.builder().add("$T.arrayOf($L)", ServerTypes.SCHEMA, of(list.items(), Constraints.NONE));
            if (c.minItems() != null) {
                code.add(".minItems($L)", c.minItems());
            }
            if (c.maxItems() != null) {
                code.add(".maxItems($L)", c.maxItems());
            }
            return code.build();
        }
        if (type instanceof TypeRef.MapOf map) {
            return CodeBlock.of("$T.mapOf($L)", ServerTypes.SCHEMA, of(map.values(), Constraints.NONE));
        }
        if (type instanceof TypeRef.Named named) {
            return CodeBlock.of("$T.ref($S)", ServerTypes.SCHEMA, named.name());
        }
        return CodeBlock.of("$T.any()", ServerTypes.SCHEMA);
    }

    private static CodeBlock scalar(TypeRef.ScalarKind kind, Constraints c) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.$L()", ServerTypes.SCHEMA, factory(kind));
        boolean numeric = kind == TypeRef.ScalarKind.LONG || kind == TypeRef.ScalarKind.INTEGER
                || kind == TypeRef.ScalarKind.DECIMAL || kind == TypeRef.ScalarKind.DOUBLE;
        if (kind == TypeRef.ScalarKind.STRING) {
            if (c.format() != null && STRING_FORMATS.contains(c.format())) {
                code.add(".format($S)", c.format());
            }
            if (c.minLength() != null) {
                code.add(".minLength($L)", c.minLength());
            }
            if (c.maxLength() != null) {
                code.add(".maxLength($L)", c.maxLength());
            }
        }
        if (numeric && c.minimum() != null) {
            code.add(".minimum($S)", plain(c.minimum()));
        }
        if (numeric && c.maximum() != null) {
            code.add(".maximum($S)", plain(c.maximum()));
        }
        return code.build();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String factory(TypeRef.ScalarKind kind) {
        switch (kind) {
            case LONG:
            case INTEGER:
                return "integer";
            case DECIMAL:
            case DOUBLE:
                return "number";
            case BOOLEAN:
                return "bool";
            case DATE_TIME:
                return "dateTime";
            case DATE:
                return "date";
            case BINARY:
                return "file";
            default:
                return "string";
        }
    }

    /** Every named type {@code type} refers to, directly or through record fields, added to {@code into}. */
    static void collectNamed(TypeRef type, Map<String, TypeDef> types, Set<String> into) {
        if (type instanceof TypeRef.Named named) {
            if (into.add(named.name()) && types.get(named.name()) instanceof TypeDef.RecordDef record) {
                record.fields().forEach(field -> collectNamed(field.type(), types, into));
            }
        } else if (type instanceof TypeRef.ListOf list) {
            collectNamed(list.items(), types, into);
        } else if (type instanceof TypeRef.MapOf map) {
            collectNamed(map.values(), types, into);
        } else if (type instanceof TypeRef.PageOf page) {
            collectNamed(page.items(), types, into);
        }
    }
}
