package dev.fluentcrm.codegen.emit.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.model.Documentation;
import dev.fluentcrm.codegen.model.Field;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.codegen.model.Parameter;
import dev.fluentcrm.codegen.model.TypeDef;
import dev.fluentcrm.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Java example per operation, written from the model: path parameters, required query
 * parameters and the request body's fields take the spec's example values, and a required value
 * without an example gets a plausible one of its type, so every example compiles as written
 * (generated-sdk's ExamplesCompileTest compiles them all). Examples assume {@link #IMPORTS} and a
 * {@code FluentCrmClient crm}.
 */
final class Examples {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE_TIME =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** How deep a nested builder may go before an optional value is left out. */
    private static final int MAX_DEPTH = 2;

    private final Map<String, TypeDef> types;

    Examples(Map<String, TypeDef> types) {
        this.types = types;
    }

    /** The imports every example assumes, besides the client's own packages. */
    static List<String> imports(String basePackage) {
        return List.of(
                "import " + basePackage + ".*;",
                "import " + basePackage + ".model.*;",
                "import com.fasterxml.jackson.databind.JsonNode;",
                "import dev.fluentcrm.runtime.page.Page;",
                "import java.math.BigDecimal;",
                "import java.time.LocalDate;",
                "import java.time.LocalDateTime;",
                "import java.util.List;",
                "import java.util.Map;");
    }

    /**
     * The example of one operation: a call of its plain form, its answer kept in a variable
     * named after the type.
     *
     * @param plain the plain forms of the operation as the client emits them
     */
    String call(
            ApiModule module,
            Operation operation,
            Documentation.OperationFacts facts,
            List<JavaSignatures.Method> plain) {
        List<String> arguments = new ArrayList<>();
        for (Parameter parameter : operation.pathParameters()) {
            arguments.add(literal(parameter.type(), example(facts, parameter), parameter.wireName(), 0, true));
        }
        if (operation.body() != null) {
            JsonNode example = parse(facts.requestExampleJson());
            arguments.add(literal(operation.body().type(), example, "body", 0, true));
        }
        boolean needsParams = operation.optionParameters().stream().anyMatch(Parameter::required)
                || plain.stream().noneMatch(m -> m.parameterTypes().size() == arguments.size());
        if (operation.paramsTypeName() != null && needsParams) {
            StringBuilder params = new StringBuilder(operation.paramsTypeName() + ".builder()");
            int optional = 0;
            for (Parameter parameter : operation.optionParameters()) {
                JsonNode example = example(facts, parameter);
                boolean shown = parameter.required() || (example != null && fits(parameter.type()) && optional++ < 2);
                if (shown) {
                    params.append("\n        .")
                            .append(parameter.javaName())
                            .append('(')
                            .append(literal(parameter.type(), example, parameter.wireName(), 1, true))
                            .append(')');
                }
            }
            arguments.add(params.append("\n        .build()").toString());
        }
        String call =
                "crm." + module.accessor() + "()." + operation.javaName() + "(" + String.join(", ", arguments) + ");";
        String returns = plain.isEmpty() ? "void" : plain.get(0).returnType();
        return returns.equals("void") ? call : returns + " " + variable(returns) + " = " + call;
    }

    private static JsonNode example(Documentation.OperationFacts facts, Parameter parameter) {
        return parse(facts.parameterExamples().get(parameter.wireName()));
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** {@code Page<Contact>} -> {@code page}, {@code CreateTagResponse} -> {@code createTagResponse}. */
    private static String variable(String type) {
        String raw = type.replaceAll("<.*", "");
        if (raw.equals("Page") || raw.equals("List") || raw.equals("Map")) {
            return raw.toLowerCase(Locale.ROOT);
        }
        if (raw.equals("JsonNode")) {
            return "json";
        }
        String name = Character.toLowerCase(raw.charAt(0)) + raw.substring(1);
        return switch (name) {
            case "string", "long", "integer", "boolean", "double", "bigDecimal" -> "value";
            default -> name;
        };
    }

    /** A Java expression of {@code type}, from {@code example} when it fits, else a made-up value. */
    private String literal(TypeRef type, JsonNode example, String name, int depth, boolean required) {
        return type.accept(new TypeRef.Visitor<>() {
            @Override
            public String scalar(TypeRef.Scalar scalar) {
                return scalarLiteral(scalar.kind(), example, name);
            }

            @Override
            public String list(TypeRef.ListOf list) {
                if (example != null && example.isArray() && !example.isEmpty() && fits(list.items())) {
                    List<String> items = new ArrayList<>();
                    for (int i = 0; i < Math.min(example.size(), 3); i++) {
                        items.add(literal(list.items(), example.get(i), name, depth + 1, true));
                    }
                    return "List.of(" + String.join(", ", items) + ")";
                }
                return fits(list.items())
                        ? "List.of(" + literal(list.items(), null, name, depth + 1, true) + ")"
                        : "List.of()";
            }

            @Override
            public String map(TypeRef.MapOf map) {
                return "Map.of()";
            }

            @Override
            public String named(TypeRef.Named named) {
                TypeDef definition = types.get(named.name());
                if (definition instanceof TypeDef.EnumDef enumeration) {
                    String value = example != null
                                    && example.isTextual()
                                    && enumeration.values().contains(example.asText())
                            ? example.asText()
                            : enumeration.values().isEmpty()
                                    ? "value"
                                    : enumeration.values().get(0);
                    return named.name() + ".of(" + string(value) + ")";
                }
                TypeDef.RecordDef record = (TypeDef.RecordDef) definition;
                JsonNode values = example != null && example.isObject() ? example : parse(record.exampleJson());
                StringBuilder builder = new StringBuilder(named.name() + ".builder()");
                String indent = "\n" + "        ".repeat(depth + 1);
                for (Field field : record.fields()) {
                    JsonNode value = values == null ? null : values.get(field.jsonName());
                    boolean wanted = field.required()
                            || (value != null
                                    && !value.isNull()
                                    && depth < MAX_DEPTH
                                    && fits(field.type())
                                    && !(value.isContainerNode() && value.isEmpty()));
                    if (wanted) {
                        builder.append(indent)
                                .append('.')
                                .append(field.javaName())
                                .append('(')
                                .append(literal(field.type(), value, field.jsonName(), depth + 1, field.required()))
                                .append(')');
                    }
                }
                return builder.append(indent).append(".build()").toString();
            }

            @Override
            public String page(TypeRef.PageOf page) {
                return "null";
            }

            @Override
            public String any(TypeRef.AnyJson any) {
                return "com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.textNode("
                        + string(example != null && example.isValueNode() ? example.asText() : "value") + ")";
            }

            @Override
            public String none(TypeRef.None none) {
                return "null";
            }
        });
    }

    /** Whether an optional value of {@code type} reads well in an example (scalars, enums and lists of them). */
    private boolean fits(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar.kind() != TypeRef.ScalarKind.BINARY;
        }
        if (type instanceof TypeRef.Named named) {
            return types.get(named.name()) instanceof TypeDef.EnumDef;
        }
        return type instanceof TypeRef.ListOf list && fits(list.items());
    }

    private static String scalarLiteral(TypeRef.ScalarKind kind, JsonNode example, String name) {
        String text = example == null || example.isNull() || example.isContainerNode() ? null : example.asText();
        return switch (kind) {
            case LONG -> (isWhole(text) ? Long.parseLong(text.strip()) : 7L) + "L";
            case INTEGER ->
                String.valueOf(isWhole(text) && text.strip().length() < 10 ? Integer.parseInt(text.strip()) : 7);
            case DECIMAL -> "new BigDecimal(" + string(isDecimal(text) ? text.strip() : "12.50") + ")";
            case DOUBLE -> (isDecimal(text) ? Double.parseDouble(text.strip()) : 1.5) + "";
            case BOOLEAN ->
                String.valueOf(text == null
                        || text.equals("1")
                        || text.equalsIgnoreCase("true")
                        || text.equalsIgnoreCase("yes"));
            case DATE_TIME ->
                "LocalDateTime.parse("
                        + string(
                                text != null && DATE_TIME.matcher(text).matches()
                                        ? text.replace(' ', 'T')
                                        : "2026-11-26T10:00:00")
                        + ")";
            case DATE ->
                "LocalDate.parse(" + string(text != null && DATE.matcher(text).matches() ? text : "2026-11-26") + ")";
            case BINARY -> "dev.fluentcrm.runtime.http.FilePart.of(\"contacts.csv\", \"text/csv\", new byte[0])";
            case STRING ->
                string(text == null ? made(name) : text.length() > 60 ? text.substring(0, 57) + "..." : text);
        };
    }

    /** A plausible string for a parameter or field without an example, from its name. */
    private static String made(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("email")) {
            return "ada@example.com";
        }
        if (lower.contains("url") || lower.contains("link")) {
            return "https://example.com";
        }
        if (lower.contains("name") || lower.contains("title")) {
            return "Newsletter";
        }
        return "example";
    }

    private static boolean isWhole(String text) {
        return text != null && text.strip().matches("-?[0-9]{1,18}");
    }

    private static boolean isDecimal(String text) {
        return text != null && text.strip().matches("-?[0-9]{1,15}(\\.[0-9]{1,10})?");
    }

    /** A Java string literal. */
    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
