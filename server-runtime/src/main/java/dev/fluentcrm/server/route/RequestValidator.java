package dev.fluentcrm.server.route;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.fluentcrm.server.error.ApiError;
import dev.fluentcrm.server.http.FormBodies;
import dev.fluentcrm.server.http.QueryString;
import dev.fluentcrm.server.http.ServerRequest;
import dev.fluentcrm.server.validate.JsonLimits;
import dev.fluentcrm.server.validate.Schema;
import dev.fluentcrm.server.validate.Validator;
import dev.fluentcrm.server.validate.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates a matched request against its route, answering as WordPress and FluentCRM do:
 * parameters -> 400 ({@code rest_missing_callback_param}, {@code rest_invalid_param}); a body
 * that is not JSON -> 400 {@code rest_invalid_json}; a body that breaks the schema -> 422 with
 * {@code {field: {rule: message}}}.
 */
final class RequestValidator {
    private final Validator validator;
    private final ObjectMapper mapper;

    RequestValidator(Validator validator, ObjectMapper mapper) {
        this.validator = validator;
        this.mapper = mapper;
    }

    ObjectNode params(Route route, ServerRequest request, Map<String, String> pathValues) {
        List<Map.Entry<String, String>> query;
        try {
            query = QueryString.parse(request.rawQuery());
        } catch (IllegalArgumentException e) {
            throw ApiError.wordpress(400, "rest_invalid_param", "The query string is not valid URL encoding.");
        }
        ObjectNode params = RequestParams.read(route.params(), query, request);
        List<String> missing = new ArrayList<>();
        Map<String, String> invalid = new LinkedHashMap<>();
        for (Param param : route.params()) {
            JsonNode value = param.in() == Param.In.PATH
                    ? TextNode.valueOf(pathValues.getOrDefault(param.name(), ""))
                    : params.get(param.name());
            if (Validator.isAbsent(value)) {
                if (param.required()) {
                    missing.add(param.name());
                }
                continue;
            }
            List<Violation> violations = validator.validate(value, param.schema(), param.name());
            if (!violations.isEmpty()) {
                invalid.put(param.name(), violations.get(0).message());
            }
        }
        if (!missing.isEmpty()) {
            throw ApiError.missingParams(missing);
        }
        if (!invalid.isEmpty()) {
            throw ApiError.invalidParams(invalid);
        }
        return params;
    }

    /** The parsed body, or null when the route takes none or none was sent. */
    JsonNode body(Route route, ServerRequest request) {
        if (route.body() == null) {
            return null;
        }
        JsonNode body = parse(request);
        Schema schema = route.body();
        if (Validator.isAbsent(body)) {
            if (!isObject(schema)) {
                if (route.bodyRequired()) {
                    throw ApiError.validation(Map.of("body", Map.of("required", "The request body is required.")));
                }
                return null;
            }
            // An object body left out reads as {} in PHP, so its required fields are reported one by one.
            body = mapper.createObjectNode();
        }
        List<Violation> violations = new ArrayList<>(validator.validate(body, schema, ""));
        if (violations.isEmpty()) {
            // The schema walk names the free-form field that is too deep; this catches the rest.
            Violation tooDeep = JsonLimits.check(body, "body", JsonLimits.MAX_BODY_DEPTH, Integer.MAX_VALUE);
            if (tooDeep != null) {
                violations.add(tooDeep);
            }
        }
        if (!violations.isEmpty()) {
            Map<String, Map<String, String>> fields = new LinkedHashMap<>();
            for (Violation violation : violations) {
                String field = violation.field().isEmpty() ? "body" : violation.field();
                fields.computeIfAbsent(field, f -> new LinkedHashMap<>())
                        .putIfAbsent(violation.rule(), violation.message());
            }
            throw ApiError.validation(fields);
        }
        return body;
    }

    private boolean isObject(Schema schema) {
        return schema instanceof Schema.ObjectOf || schema instanceof Schema.Ref;
    }

    private JsonNode parse(ServerRequest request) {
        byte[] bytes = request.body();
        String type = request.contentType();
        try {
            if (type.equals("application/x-www-form-urlencoded")) {
                return FormBodies.urlEncoded(bytes);
            }
            if (type.startsWith("multipart/")) {
                return FormBodies.multipart(request.header("Content-Type"), bytes);
            }
        } catch (IllegalArgumentException e) {
            throw ApiError.wordpress(400, "rest_invalid_param", "The form body cannot be read: " + e.getMessage());
        }
        if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        try {
            return mapper.reader()
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(bytes);
        } catch (JacksonException | NumberFormatException e) {
            // Jackson lets a number it cannot hold (1e9999999999) escape as NumberFormatException.
            ObjectNode error = mapper.createObjectNode()
                    .put("code", "rest_invalid_json")
                    .put("message", "Invalid JSON body passed.");
            error.putObject("data")
                    .put("status", 400)
                    .put("json_error_code", 4)
                    .put("json_error_message", "Syntax error");
            throw new ApiError(400, error);
        } catch (IOException e) {
            throw ApiError.wordpress(400, "rest_invalid_json", "Invalid JSON body passed.");
        }
    }
}
