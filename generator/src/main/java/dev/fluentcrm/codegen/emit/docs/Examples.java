package dev.fluentcrm.codegen.emit.docs;

import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.codegen.model.Parameter;
import dev.fluentcrm.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One example call per module for the README. It prefers an operation a reader can call
 * as written (no body, no required query parameter), so the example is real code and not
 * a sketch, and falls back to the module's first operation with builder placeholders.
 */
final class Examples {
    private Examples() {}

    static String call(ApiModule module) {
        Operation chosen = module.operations().stream()
                .filter(o -> o.body() == null && o.optionParameters().stream().noneMatch(Parameter::required))
                .min(Comparator.comparing((Operation o) -> !o.method().equalsIgnoreCase("get"))
                        .thenComparing(o -> o.pathParameters().size()))
                .orElse(
                        module.operations().isEmpty()
                                ? null
                                : module.operations().get(0));
        if (chosen == null) {
            return "// " + module.tag() + " has no operations";
        }
        List<String> arguments = new ArrayList<>();
        for (Parameter parameter : chosen.pathParameters()) {
            arguments.add(literal(parameter.type()));
        }
        if (chosen.body() != null) {
            arguments.add(
                    chosen.body().type() instanceof TypeRef.Named named
                            ? named.name() + ".builder()/* ... */.build()"
                            : "/* body */");
        }
        if (!chosen.optionParameters().isEmpty()
                && chosen.optionParameters().stream().anyMatch(Parameter::required)) {
            arguments.add(chosen.paramsTypeName() + ".builder()/* ... */.build()");
        }
        String call =
                "crm." + module.accessor() + "()." + chosen.javaName() + "(" + String.join(", ", arguments) + ");";
        return chosen.response().isNone() ? call : "var result = " + call;
    }

    private static String literal(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case LONG -> "1L";
                case INTEGER -> "1";
                case BOOLEAN -> "true";
                case STRING, DECIMAL, DOUBLE, DATE_TIME, DATE, BINARY -> "\"1\"";
            };
        }
        return "null";
    }
}
