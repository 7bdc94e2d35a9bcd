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

    private SchemaCode() {}

    static CodeBlock of(TypeRef type, Constraints constraints) {
        Constraints c = constraints == null ? Constraints.NONE : constraints;
        return type.accept(new TypeRef.Visitor<>() {
            @Override
            public CodeBlock scalar(TypeRef.Scalar scalar) {
                return SchemaCode.scalar(scalar.kind(), c);
            }

            @Override
            public CodeBlock list(TypeRef.ListOf list) {
                CodeBlock.Builder code = CodeBlock.builder()
                        .add("$T.arrayOf($Z$L)", ServerTypes.SCHEMA, of(list.items(), Constraints.NONE));
                if (c.minItems() != null) {
                    code.add(".minItems($L)", c.minItems());
                }
                if (c.maxItems() != null) {
                    code.add(".maxItems($L)", c.maxItems());
                }
                return code.build();
            }

            @Override
            public CodeBlock map(TypeRef.MapOf map) {
                return CodeBlock.of("$T.mapOf($L)", ServerTypes.SCHEMA, of(map.values(), Constraints.NONE));
            }

            @Override
            public CodeBlock named(TypeRef.Named named) {
                return CodeBlock.of("$T.ref($Z$S)", ServerTypes.SCHEMA, named.name());
            }

            @Override
            public CodeBlock page(TypeRef.PageOf page) {
                // A paginator is something servers send, not receive: a request holding one is taken as it comes.
                return CodeBlock.of("$T.any()", ServerTypes.SCHEMA);
            }

            @Override
            public CodeBlock any(TypeRef.AnyJson any) {
                return CodeBlock.of("$T.any()", ServerTypes.SCHEMA);
            }

            @Override
            public CodeBlock none(TypeRef.None none) {
                throw new IllegalStateException("A request value cannot be of type None");
            }
        });
    }

    private static CodeBlock scalar(TypeRef.ScalarKind kind, Constraints c) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.$L()", ServerTypes.SCHEMA, factory(kind));
        boolean numeric = kind == TypeRef.ScalarKind.LONG
                || kind == TypeRef.ScalarKind.INTEGER
                || kind == TypeRef.ScalarKind.DECIMAL
                || kind == TypeRef.ScalarKind.DOUBLE;
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
        return switch (kind) {
            case LONG, INTEGER -> "integer";
            case DECIMAL, DOUBLE -> "number";
            case BOOLEAN -> "bool";
            case DATE_TIME -> "dateTime";
            case DATE -> "date";
            case BINARY -> "file";
            case STRING -> "string";
        };
    }

    /** Every named type {@code type} refers to, directly or through record fields, added to {@code into}. */
    static void collectNamed(TypeRef type, Map<String, TypeDef> types, Set<String> into) {
        type.accept(new NamedTypes(types, into));
    }

    /** Walks a type and the fields of the records it reaches, collecting their names. */
    private static final class NamedTypes implements TypeRef.Visitor<Void> {
        private final Map<String, TypeDef> types;
        private final Set<String> into;

        NamedTypes(Map<String, TypeDef> types, Set<String> into) {
            this.types = types;
            this.into = into;
        }

        @Override
        public Void scalar(TypeRef.Scalar scalar) {
            return null;
        }

        @Override
        public Void list(TypeRef.ListOf list) {
            return list.items().accept(this);
        }

        @Override
        public Void map(TypeRef.MapOf map) {
            return map.values().accept(this);
        }

        @Override
        public Void named(TypeRef.Named named) {
            if (into.add(named.name()) && types.get(named.name()) instanceof TypeDef.RecordDef record) {
                record.fields().forEach(field -> field.type().accept(this));
            }
            return null;
        }

        @Override
        public Void page(TypeRef.PageOf page) {
            return page.items().accept(this);
        }

        @Override
        public Void any(TypeRef.AnyJson any) {
            return null;
        }

        @Override
        public Void none(TypeRef.None none) {
            return null;
        }
    }
}
