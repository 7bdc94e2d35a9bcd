package dev.fluentcrm.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Validates a JSON body against a schema of swagger-parser's model, the OpenAPI 3.0 way: the
 * schema means what it says ({@code type: string} with a pattern is a string matching it, whatever
 * {@code x-php-type} adds; {@code null} only where {@code nullable} or the enum allows it). Every
 * violation names the JSON pointer in the body and the pointer of the schema keyword it broke.
 */
public final class SchemaValidator {
    private final OpenAPI openApi;
    private final ObjectMapper json = new ObjectMapper();

    /** One broken rule. */
    public record Violation(String bodyPointer, String schemaPointer, String expected, String actual) {}

    public SchemaValidator(OpenAPI openApi) {
        this.openApi = openApi;
    }

    /** Every violation of {@code schema} (found at {@code schemaPointer}) by {@code value}. */
    public List<Violation> validate(JsonNode value, Schema<?> schema, String schemaPointer) {
        List<Violation> violations = new ArrayList<>();
        check(value, "", schema, schemaPointer, violations);
        return violations;
    }

    private void check(JsonNode value, String at, Schema<?> schema, String where, List<Violation> out) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String ref = schema.get$ref();
            check(value, at, resolve(ref), ref, out);
            return;
        }
        if (value.isNull() && (Boolean.TRUE.equals(schema.getNullable()) || enumAllowsNull(schema))) {
            return;
        }
        if (schema.getAllOf() != null) {
            for (int i = 0; i < schema.getAllOf().size(); i++) {
                check(value, at, schema.getAllOf().get(i), where + "/allOf/" + i, out);
            }
        }
        if (schema.getAnyOf() != null) {
            branches(value, at, schema.getAnyOf(), where + "/anyOf", false, out);
        }
        if (schema.getOneOf() != null) {
            branches(value, at, schema.getOneOf(), where + "/oneOf", true, out);
        }
        String type = schema.getType();
        if (type != null && !hasType(value, type)) {
            out.add(new Violation(at, where + "/type", describeType(schema), Bodies.value(value)));
            return;
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty() && !inEnum(value, schema.getEnum())) {
            out.add(new Violation(at, where + "/enum", "one of " + enumText(schema.getEnum()), Bodies.value(value)));
        }
        if (value.isTextual()) {
            checkString(value.textValue(), at, schema, where, out);
        } else if (value.isNumber()) {
            checkNumber(value.decimalValue(), at, schema, where, out);
        } else if (value.isArray()) {
            checkArray(value, at, schema, where, out);
        } else if (value.isObject()) {
            checkObject(value, at, schema, where, out);
        }
    }

    // swagger-parser's model holds its lists and maps of schemas as raw Schema.
    /** anyOf (at least one branch) and oneOf (exactly one): a failure shows the closest branch's violations. */
    @SuppressWarnings("rawtypes")
    private void branches(
            JsonNode value, String at, List<Schema> branches, String where, boolean exactlyOne, List<Violation> out) {
        List<Violation> closest = null;
        int matched = 0;
        for (int i = 0; i < branches.size(); i++) {
            List<Violation> found = new ArrayList<>();
            check(value, at, branches.get(i), where + "/" + i, found);
            if (found.isEmpty()) {
                matched++;
            } else if (closest == null || rank(found) < rank(closest)) {
                closest = found;
            }
        }
        if (matched == 0 && closest != null) {
            if (closest.size() == 1 && closest.get(0).bodyPointer().equals(at)) {
                // Wrong at this very place for every branch: say what any branch would have taken.
                List<String> accepted = new ArrayList<>();
                for (Schema<?> branch : branches) {
                    accepted.add(summary(branch));
                }
                out.add(new Violation(at, where, String.join(" or ", accepted), Bodies.value(value)));
            } else {
                out.addAll(closest);
            }
        } else if (exactlyOne && matched > 1) {
            out.add(new Violation(at, where, "exactly one branch of oneOf to match", matched + " branches match"));
        }
    }

    /** Violations deeper in the body mean the branch took the value's shape: those are the ones to show. */
    private static int rank(List<Violation> violations) {
        int shallow = 0;
        for (Violation violation : violations) {
            shallow += violation.bodyPointer().isEmpty() ? 1000 : 1;
        }
        return shallow;
    }

    private void checkString(String text, String at, Schema<?> schema, String where, List<Violation> out) {
        if (schema.getPattern() != null) {
            try {
                if (!Pattern.compile(schema.getPattern()).matcher(text).find()) {
                    out.add(new Violation(
                            at, where + "/pattern", "a string matching " + schema.getPattern(), quote(text)));
                }
            } catch (PatternSyntaxException e) {
                out.add(new Violation(at, where + "/pattern", "a valid pattern", schema.getPattern()));
            }
        }
        if (schema.getMinLength() != null && text.codePointCount(0, text.length()) < schema.getMinLength()) {
            out.add(new Violation(
                    at, where + "/minLength", "at least " + schema.getMinLength() + " characters", quote(text)));
        }
        if (schema.getMaxLength() != null && text.codePointCount(0, text.length()) > schema.getMaxLength()) {
            out.add(new Violation(
                    at, where + "/maxLength", "at most " + schema.getMaxLength() + " characters", quote(text)));
        }
    }

    private static void checkNumber(BigDecimal number, String at, Schema<?> schema, String where, List<Violation> out) {
        if (schema.getMinimum() != null) {
            int cmp = number.compareTo(schema.getMinimum());
            if (cmp < 0 || cmp == 0 && Boolean.TRUE.equals(schema.getExclusiveMinimum())) {
                out.add(new Violation(
                        at, where + "/minimum", "at least " + schema.getMinimum(), number.toPlainString()));
            }
        }
        if (schema.getMaximum() != null) {
            int cmp = number.compareTo(schema.getMaximum());
            if (cmp > 0 || cmp == 0 && Boolean.TRUE.equals(schema.getExclusiveMaximum())) {
                out.add(new Violation(
                        at, where + "/maximum", "at most " + schema.getMaximum(), number.toPlainString()));
            }
        }
    }

    private void checkArray(JsonNode array, String at, Schema<?> schema, String where, List<Violation> out) {
        if (schema.getMinItems() != null && array.size() < schema.getMinItems()) {
            out.add(new Violation(
                    at, where + "/minItems", "at least " + schema.getMinItems() + " items", array.size() + " items"));
        }
        if (schema.getMaxItems() != null && array.size() > schema.getMaxItems()) {
            out.add(new Violation(
                    at, where + "/maxItems", "at most " + schema.getMaxItems() + " items", array.size() + " items"));
        }
        if (schema.getItems() != null) {
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), at + "/" + i, schema.getItems(), where + "/items", out);
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private void checkObject(JsonNode object, String at, Schema<?> schema, String where, List<Violation> out) {
        Map<String, Schema> properties = schema.getProperties();
        if (schema.getRequired() != null) {
            for (String name : schema.getRequired()) {
                if (!object.has(name)) {
                    out.add(new Violation(
                            at + "/" + RouteComparison.escape(name),
                            where + "/required",
                            "the required property " + name,
                            "nothing"));
                }
            }
        }
        Object additional = schema.getAdditionalProperties();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String name = field.getKey();
            String child = at + "/" + RouteComparison.escape(name);
            if (properties != null && properties.containsKey(name)) {
                check(
                        field.getValue(),
                        child,
                        properties.get(name),
                        where + "/properties/" + RouteComparison.escape(name),
                        out);
            } else if (additional instanceof Schema<?> values) {
                check(field.getValue(), child, values, where + "/additionalProperties", out);
            } else if (Boolean.FALSE.equals(additional)) {
                out.add(new Violation(
                        child, where + "/additionalProperties", "no property " + name, Bodies.value(field.getValue())));
            }
        }
    }

    private Schema<?> resolve(String ref) {
        String prefix = "#/components/schemas/";
        if (!ref.startsWith(prefix)
                || openApi.getComponents() == null
                || openApi.getComponents().getSchemas() == null) {
            throw new IllegalStateException("cannot follow $ref " + ref);
        }
        Schema<?> target = openApi.getComponents().getSchemas().get(ref.substring(prefix.length()));
        if (target == null) {
            throw new IllegalStateException("$ref " + ref + " names no schema");
        }
        return target;
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "number" -> value.isNumber();
            case "integer" ->
                value.isIntegralNumber()
                        || value.isNumber()
                                && value.decimalValue().stripTrailingZeros().scale() <= 0;
            default -> true;
        };
    }

    private static boolean enumAllowsNull(Schema<?> schema) {
        return schema.getEnum() != null && schema.getEnum().contains(null);
    }

    private boolean inEnum(JsonNode value, List<?> allowed) {
        for (Object candidate : allowed) {
            JsonNode node = json.valueToTree(candidate);
            if (node.equals(value)
                    || node.isNumber()
                            && value.isNumber()
                            && node.decimalValue().compareTo(value.decimalValue()) == 0) {
                return true;
            }
        }
        return false;
    }

    private String enumText(List<?> values) {
        List<String> texts = new ArrayList<>();
        for (Object value : values) {
            texts.add(json.valueToTree(value).toString());
        }
        return "[" + String.join(", ", texts) + "]";
    }

    private static String describeType(Schema<?> schema) {
        String type = schema.getType();
        String php = schema.getExtensions() == null
                ? null
                : (String) schema.getExtensions().get("x-php-type");
        String described = "array".equals(type) || "object".equals(type) ? "an " + type : type;
        if (Boolean.TRUE.equals(schema.getNullable())) {
            described += " or null";
        }
        return php == null ? described : described + " (x-php-type " + php + ")";
    }

    /** What one branch of anyOf/oneOf takes, in a word or two. */
    private String summary(Schema<?> schema) {
        if (schema.get$ref() != null) {
            return schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
        }
        if (schema.getType() != null) {
            return describeType(schema) + (schema.getMaxItems() != null && schema.getMaxItems() == 0 ? " (empty)" : "");
        }
        if (schema.getEnum() != null) {
            return "one of " + enumText(schema.getEnum());
        }
        return "a schema";
    }

    private static String quote(String text) {
        return Bodies.shorten('"' + text + '"');
    }
}
