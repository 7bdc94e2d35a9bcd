package dev.fluentcrm.live;

import dev.fluentcrm.live.LiveSpec.SpecOperation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An operation's parameters (its own and its path's, {@code $ref}s followed) and their example values. */
final class Parameters {
    private final LiveSpec spec;

    Parameters(LiveSpec spec) {
        this.spec = spec;
    }

    List<Parameter> all(SpecOperation operation) {
        Map<String, Parameter> byKey = new LinkedHashMap<>();
        var item = spec.pathItem(operation.path());
        if (item != null && item.getParameters() != null) {
            for (Parameter parameter : item.getParameters()) {
                Parameter resolved = resolve(parameter);
                byKey.put(resolved.getIn() + ":" + resolved.getName(), resolved);
            }
        }
        if (operation.operation().getParameters() != null) {
            for (Parameter parameter : operation.operation().getParameters()) {
                Parameter resolved = resolve(parameter);
                byKey.put(resolved.getIn() + ":" + resolved.getName(), resolved);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    Parameter path(SpecOperation operation, String name) {
        return all(operation).stream()
                .filter(p -> "path".equals(p.getIn()) && name.equals(p.getName()))
                .findFirst()
                .orElse(null);
    }

    List<Parameter> query(SpecOperation operation) {
        return all(operation).stream().filter(p -> "query".equals(p.getIn())).toList();
    }

    /**
     * The query string of the required query parameters, from their examples; {@code null} with
     * the name of the first one that has no example in {@code missing}.
     */
    String requiredQuery(SpecOperation operation, StringBuilder missing) {
        List<String> pairs = new ArrayList<>();
        for (Parameter parameter : query(operation)) {
            if (!Boolean.TRUE.equals(parameter.getRequired())) {
                continue;
            }
            Object example = example(parameter);
            if (example == null) {
                missing.append(parameter.getName());
                return null;
            }
            String name = URLEncoder.encode(parameter.getName(), StandardCharsets.UTF_8);
            if (example instanceof List<?> values) {
                for (Object value : values) {
                    pairs.add(name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
                }
            } else {
                pairs.add(name + "=" + URLEncoder.encode(String.valueOf(example), StandardCharsets.UTF_8));
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /** The parameter's example (its own, its first named example, its schema's), its default, or its first enum value. */
    Object example(Parameter parameter) {
        if (parameter.getExample() != null) {
            return parameter.getExample();
        }
        if (parameter.getExamples() != null) {
            for (Example example : parameter.getExamples().values()) {
                if (example.getValue() != null) {
                    return example.getValue();
                }
            }
        }
        var schema = parameter.getSchema();
        if (schema == null) {
            return null;
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getDefault() != null) {
            return schema.getDefault();
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        if (schema.getItems() != null && schema.getItems().getExample() != null) {
            return List.of(schema.getItems().getExample());
        }
        return null;
    }

    private Parameter resolve(Parameter parameter) {
        String ref = parameter.get$ref();
        if (ref == null) {
            return parameter;
        }
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        Parameter target = spec.openApi().getComponents() == null
                        || spec.openApi().getComponents().getParameters() == null
                ? null
                : spec.openApi().getComponents().getParameters().get(name);
        if (target == null) {
            throw new IllegalStateException("$ref " + ref + " names no parameter");
        }
        return target;
    }
}
