package dev.fluentcrm.codegen.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.fluentcrm.codegen.model.Documentation;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the spec says for readers ({@link Documentation}): {@code x-tagGroups}, the error
 * answers, the request example, {@code x-fluentcrm-availability} and {@code x-fluentcrm-requires}.
 * Every key is optional; a key of the wrong shape is an error naming its place.
 */
final class DocumentationReader {
    private DocumentationReader() {}

    static List<Documentation.TagGroup> tagGroups(OpenAPI spec, SpecLoader.LoadedSpec loaded) {
        Object groups =
                spec.getExtensions() == null ? null : spec.getExtensions().get("x-tagGroups");
        if (groups == null) {
            return List.of();
        }
        List<Documentation.TagGroup> result = new ArrayList<>();
        List<?> list = list(groups, loaded.place("/x-tagGroups"));
        for (int i = 0; i < list.size(); i++) {
            String where = loaded.place("/x-tagGroups/" + i);
            Map<?, ?> group = map(list.get(i), where);
            List<String> tags = new ArrayList<>();
            for (Object tag : list(group.get("tags"), where + "/tags")) {
                tags.add(String.valueOf(tag));
            }
            result.add(new Documentation.TagGroup(text(group.get("name")), List.copyOf(tags)));
        }
        return List.copyOf(result);
    }

    static Documentation.OperationFacts facts(Operation op, Refs refs, String where) {
        List<Documentation.ErrorAnswer> errors = new ArrayList<>();
        if (op.getResponses() != null) {
            for (Map.Entry<String, ApiResponse> entry : op.getResponses().entrySet()) {
                if (!entry.getKey().startsWith("2")) {
                    ApiResponse response = refs.response(entry.getValue(), where + "/responses/" + entry.getKey());
                    errors.add(new Documentation.ErrorAnswer(entry.getKey(), text(response.getDescription())));
                }
            }
        }
        String example = null;
        if (op.getRequestBody() != null) {
            var body = refs.requestBody(op.getRequestBody(), where + "/requestBody");
            if (body.getContent() != null) {
                for (MediaType media : body.getContent().values()) {
                    example = example != null ? example : exampleJson(media);
                }
            }
        }
        Map<String, String> parameterExamples = new LinkedHashMap<>();
        if (op.getParameters() != null) {
            for (int i = 0; i < op.getParameters().size(); i++) {
                var parameter = refs.parameter(op.getParameters().get(i), where + "/parameters/" + i);
                Object value = parameter.getExample() != null
                        ? parameter.getExample()
                        : parameter.getSchema() == null
                                ? null
                                : parameter.getSchema().getExample();
                String json = value == null ? null : json(value);
                if (json != null) {
                    parameterExamples.put(parameter.getName(), json);
                }
            }
        }
        Map<String, Object> extensions = op.getExtensions() == null ? Map.of() : op.getExtensions();
        Map<?, ?> availability = extensions.get("x-fluentcrm-availability") == null
                ? Map.of()
                : map(extensions.get("x-fluentcrm-availability"), refs.place(where + "/x-fluentcrm-availability"));
        List<Documentation.Requirement> requires = new ArrayList<>();
        if (extensions.get("x-fluentcrm-requires") != null) {
            String at = refs.place(where + "/x-fluentcrm-requires");
            for (Object item : list(extensions.get("x-fluentcrm-requires"), at)) {
                Map<?, ?> requirement = map(item, at);
                requires.add(new Documentation.Requirement(
                        nullable(requirement.get("module")),
                        nullable(requirement.get("enable")),
                        nullable(requirement.get("plugin"))));
            }
        }
        return new Documentation.OperationFacts(
                List.copyOf(errors),
                example,
                Map.copyOf(parameterExamples),
                strings(availability.get("registeredIn")),
                strings(availability.get("notRegisteredIn")),
                nullable(availability.get("since")),
                List.copyOf(requires));
    }

    private static String exampleJson(MediaType media) {
        Object example = media.getExample();
        if (example == null
                && media.getExamples() != null
                && !media.getExamples().isEmpty()) {
            example = media.getExamples().values().iterator().next().getValue();
        }
        return example == null ? null : json(example);
    }

    private static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            return value == null ? List.of() : List.of(value.toString());
        }
        return list.stream().map(String::valueOf).toList();
    }

    private static List<?> list(Object value, String place) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw new SpecException(place + ": expected a list");
    }

    private static Map<?, ?> map(Object value, String place) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new SpecException(place + ": expected a mapping");
    }

    private static String nullable(Object value) {
        return value == null ? null : value.toString().strip();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
