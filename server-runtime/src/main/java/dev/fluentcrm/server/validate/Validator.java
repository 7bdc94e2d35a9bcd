package dev.fluentcrm.server.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks JSON against a {@link Schema} the way PHP reads input: {@code "12"} is an integer,
 * {@code "yes"} and {@code "1"} are booleans, {@code ""} and {@code null} mean "not given", and
 * {@code []} is an empty object. Messages follow Laravel's wording, which FluentCRM sends.
 */
public final class Validator {
    /** Nesting deeper than this is refused rather than walked, so hostile JSON cannot exhaust the stack. */
    private static final int MAX_DEPTH = 64;

    private final SchemaRegistry registry;

    public Validator(SchemaRegistry registry) {
        this.registry = registry;
    }

    /** The violations of {@code value} (which may be null for "absent"), naming fields below {@code field}. */
    public List<Violation> validate(JsonNode value, Schema schema, String field) {
        List<Violation> violations = new ArrayList<>();
        check(value, schema, field, violations, 0);
        return violations;
    }

    /** Whether a value counts as "not given": missing, {@code null} or {@code ""}. */
    public static boolean isAbsent(JsonNode value) {
        return value == null
                || value.isNull()
                || value.isMissingNode()
                || (value.isTextual() && value.asText().isEmpty());
    }

    private void check(JsonNode value, Schema schema, String field, List<Violation> out, int depth) {
        if (isAbsent(value)) {
            return;
        }
        if (depth > MAX_DEPTH) {
            out.add(new Violation(field, "depth", "The " + label(field) + " nests too deep."));
            return;
        }
        if (schema instanceof Schema.Ref ref) {
            check(value, registry.get(ref.name()), field, out, depth + 1);
        } else if (schema instanceof Schema.Scalar scalar) {
            Scalars.check(value, scalar, field, out);
        } else if (schema instanceof Schema.OneOf oneOf) {
            if (!value.isValueNode() || !oneOf.values().contains(value.asText())) {
                out.add(new Violation(field, "in", "The selected " + label(field) + " is invalid."));
            }
        } else if (schema instanceof Schema.ArrayOf array) {
            checkArray(value, array, field, out, depth);
        } else if (schema instanceof Schema.MapOf map) {
            if (!isObjectLike(value)) {
                out.add(new Violation(field, "array", "The " + label(field) + " must be an object."));
                return;
            }
            // A dictionary is free-form in its keys, so it is held to the free-form limits as a whole.
            Violation excess = JsonLimits.checkFreeForm(value, field);
            if (excess != null) {
                out.add(excess);
                return;
            }
            value.properties().forEach(e -> check(e.getValue(), map.values(), join(field, e.getKey()), out, depth + 1));
        } else if (schema instanceof Schema.ObjectOf object) {
            checkObject(value, object, field, out, depth);
        } else if (schema instanceof Schema.Any) {
            Violation excess = JsonLimits.checkFreeForm(value, field);
            if (excess != null) {
                out.add(excess);
            }
        }
    }

    private void checkArray(JsonNode value, Schema.ArrayOf array, String field, List<Violation> out, int depth) {
        if (!value.isArray() && !value.isObject()) {
            out.add(new Violation(field, "array", "The " + label(field) + " must be an array."));
            return;
        }
        int size = value.size();
        if (array.minItems() != null && size < array.minItems()) {
            out.add(new Violation(
                    field, "min", "The " + label(field) + " must have at least " + array.minItems() + " items."));
        }
        if (array.maxItems() != null && size > array.maxItems()) {
            out.add(new Violation(
                    field, "max", "The " + label(field) + " must not have more than " + array.maxItems() + " items."));
        }
        if (value.isArray()) {
            for (int i = 0; i < size; i++) {
                check(value.get(i), array.items(), join(field, Integer.toString(i)), out, depth + 1);
            }
        } else {
            value.properties()
                    .forEach(e -> check(e.getValue(), array.items(), join(field, e.getKey()), out, depth + 1));
        }
    }

    private void checkObject(JsonNode value, Schema.ObjectOf object, String field, List<Violation> out, int depth) {
        if (!isObjectLike(value)) {
            out.add(new Violation(field, "array", "The " + label(field) + " must be an object."));
            return;
        }
        // Undeclared properties are allowed (the server ignores them, a store may keep them), so
        // they are free-form values: each within the limits, and not more of them than one may hold.
        Set<String> declared = new HashSet<>();
        object.properties().forEach(p -> declared.add(p.name()));
        int undeclared = 0;
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            if (declared.contains(entry.getKey())) {
                continue;
            }
            if (++undeclared > JsonLimits.MAX_FREE_FORM_NODES) {
                out.add(new Violation(
                        field,
                        "size",
                        "The " + label(field) + " must not hold more than " + JsonLimits.MAX_FREE_FORM_NODES
                                + " undeclared properties."));
                return;
            }
            Violation excess = JsonLimits.checkFreeForm(entry.getValue(), join(field, entry.getKey()));
            if (excess != null) {
                out.add(excess);
            }
        }
        for (Schema.Property property : object.properties()) {
            String name = join(field, property.name());
            JsonNode child = value.get(property.name());
            if (property.required() && isAbsent(child)) {
                out.add(new Violation(name, "required", "The " + label(name) + " field is required."));
            } else {
                check(child, property.schema(), name, out, depth + 1);
            }
        }
    }

    /** An object, or PHP's {@code []} for an empty one. */
    private static boolean isObjectLike(JsonNode value) {
        return value.isObject() || (value.isArray() && value.isEmpty());
    }

    private static String join(String field, String child) {
        return field == null || field.isEmpty() ? child : field + "." + child;
    }

    static String label(String field) {
        return field == null || field.isEmpty() ? "body" : field.replace('_', ' ');
    }

    /** The scalar rules, kept apart so each reads on its own. */
    private static final class Scalars {
        private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
        private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
        private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
        private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
        private static final Pattern DATE_TIME = Pattern.compile(
                "[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?");
        private static final Map<String, String> BOOLEAN_TEXT =
                Map.of("true", "", "false", "", "1", "", "0", "", "yes", "", "no", "");

        private Scalars() {}

        static void check(JsonNode value, Schema.Scalar scalar, String field, List<Violation> out) {
            String label = label(field);
            if (scalar.kind() == Schema.Kind.FILE) {
                return;
            }
            if (!value.isValueNode()) {
                out.add(new Violation(
                        field, rule(scalar.kind()), "The " + label + " must be " + noun(scalar.kind()) + "."));
                return;
            }
            String text = value.asText();
            if ((scalar.kind() == Schema.Kind.INTEGER || scalar.kind() == Schema.Kind.NUMBER)
                    && value.isTextual()
                    && text.length() > JsonLimits.MAX_NUMBER_TEXT) {
                // Refused before any parsing: reading a million digits costs seconds.
                out.add(new Violation(
                        field,
                        rule(scalar.kind()),
                        "The " + label + " must be " + noun(scalar.kind()) + " of at most " + JsonLimits.MAX_NUMBER_TEXT
                                + " characters."));
                return;
            }
            boolean ok;
            switch (scalar.kind()) {
                case INTEGER:
                    // PHP's integers are 64-bit; a larger one is no integer to FluentCRM (nor to a long field here).
                    ok = (value.isIntegralNumber() && value.canConvertToLong())
                            || (value.isTextual()
                                    && INTEGER.matcher(text).matches()
                                    && new BigInteger(text).bitLength() < 64);
                    break;
                case NUMBER:
                    ok = value.isNumber()
                            || (value.isTextual() && NUMBER.matcher(text).matches());
                    break;
                case BOOLEAN:
                    ok = value.isBoolean()
                            || (value.isIntegralNumber() && (value.asInt() == 0 || value.asInt() == 1))
                            || (value.isTextual() && BOOLEAN_TEXT.containsKey(text.toLowerCase(Locale.ROOT)));
                    break;
                case DATE:
                    ok = value.isTextual() && DATE.matcher(text).matches();
                    break;
                case DATE_TIME:
                    ok = value.isTextual()
                            && (DATE_TIME.matcher(text).matches()
                                    || DATE.matcher(text).matches());
                    break;
                default:
                    ok = true;
            }
            if (!ok) {
                out.add(new Violation(
                        field, rule(scalar.kind()), "The " + label + " must be " + noun(scalar.kind()) + "."));
                return;
            }
            bounds(value, text, scalar, field, out);
            format(text, scalar, field, out);
        }

        private static void bounds(
                JsonNode value, String text, Schema.Scalar scalar, String field, List<Violation> out) {
            if ((scalar.kind() == Schema.Kind.INTEGER || scalar.kind() == Schema.Kind.NUMBER)) {
                BigDecimal number;
                try {
                    number = value.isNumber() ? value.decimalValue() : new BigDecimal(text);
                } catch (NumberFormatException e) {
                    // "1e9999999999" has the shape of a number but an exponent no BigDecimal (or PHP float) holds.
                    out.add(new Violation(
                            field,
                            rule(scalar.kind()),
                            "The " + label(field) + " must be " + noun(scalar.kind()) + "."));
                    return;
                }
                if (scalar.minimum() != null && number.compareTo(scalar.minimum()) < 0) {
                    out.add(new Violation(
                            field,
                            "min",
                            "The " + label(field) + " must be at least "
                                    + scalar.minimum().toPlainString() + "."));
                }
                if (scalar.maximum() != null && number.compareTo(scalar.maximum()) > 0) {
                    out.add(new Violation(
                            field,
                            "max",
                            "The " + label(field) + " must not be greater than "
                                    + scalar.maximum().toPlainString() + "."));
                }
            }
            if (scalar.kind() == Schema.Kind.STRING) {
                int length = text.codePointCount(0, text.length());
                if (scalar.minLength() != null && length < scalar.minLength()) {
                    out.add(new Violation(
                            field,
                            "min",
                            "The " + label(field) + " must be at least " + scalar.minLength() + " characters."));
                }
                if (scalar.maxLength() != null && length > scalar.maxLength()) {
                    out.add(new Violation(
                            field,
                            "max",
                            "The " + label(field) + " must not be greater than " + scalar.maxLength()
                                    + " characters."));
                }
            }
        }

        private static void format(String text, Schema.Scalar scalar, String field, List<Violation> out) {
            if (scalar.format() == null || scalar.kind() != Schema.Kind.STRING) {
                return;
            }
            boolean ok;
            switch (scalar.format()) {
                case "email":
                    ok = EMAIL.matcher(text).matches();
                    break;
                case "date":
                    ok = DATE.matcher(text).matches();
                    break;
                case "date-time":
                    ok = DATE_TIME.matcher(text).matches();
                    break;
                case "uri":
                case "url":
                    ok = text.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.+");
                    break;
                default:
                    ok = true;
            }
            if (!ok) {
                String rule =
                        scalar.format().equals("uri") ? "url" : scalar.format().replace("-", "_");
                out.add(new Violation(
                        field,
                        rule,
                        "The " + label(field) + " must be a valid "
                                + scalar.format().replace('-', ' ') + "."));
            }
        }

        private static String rule(Schema.Kind kind) {
            switch (kind) {
                case INTEGER:
                    return "integer";
                case NUMBER:
                    return "numeric";
                case BOOLEAN:
                    return "boolean";
                case DATE:
                case DATE_TIME:
                    return "date";
                default:
                    return "string";
            }
        }

        private static String noun(Schema.Kind kind) {
            switch (kind) {
                case INTEGER:
                    return "an integer";
                case NUMBER:
                    return "a number";
                case BOOLEAN:
                    return "true or false";
                case DATE:
                    return "a date (YYYY-MM-DD)";
                case DATE_TIME:
                    return "a date and time (YYYY-MM-DD HH:MM:SS)";
                default:
                    return "a string";
            }
        }
    }
}
