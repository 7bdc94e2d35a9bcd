package dev.fluentcrm.server.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * An error answer a service throws (or the router produces): a status and the JSON body to send.
 * The factories build the bodies WordPress and FluentCRM really send, so clients written against
 * a real site read them unchanged.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final int status;
    private final transient JsonNode body;

    public ApiError(int status, JsonNode body) {
        super(status + " " + body);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public JsonNode body() {
        return body;
    }

    /** WordPress's shape: {@code {code, message, data: {status}}}. */
    public static ApiError wordpress(int status, String code, String message) {
        return new ApiError(status, wpBody(status, code, message));
    }

    /** FluentCRM's plain {@code {message}}, as it answers a missing record (404) or a refused action. */
    public static ApiError message(int status, String message) {
        return new ApiError(status, JSON.objectNode().put("message", message));
    }

    /** FluentCRM's validation answer: 422 with {@code {field: {rule: message}}}. */
    public static ApiError validation(Map<String, Map<String, String>> fields) {
        ObjectNode body = JSON.objectNode();
        fields.forEach((field, rules) -> {
            ObjectNode byRule = body.putObject(field);
            rules.forEach(byRule::put);
        });
        return new ApiError(422, body);
    }

    /** WordPress's answer to parameters of the wrong type: 400 {@code rest_invalid_param}, naming each one. */
    public static ApiError invalidParams(Map<String, String> messages) {
        ObjectNode body =
                wpBody(400, "rest_invalid_param", "Invalid parameter(s): " + String.join(", ", messages.keySet()));
        ObjectNode params = ((ObjectNode) body.get("data")).putObject("params");
        messages.forEach(params::put);
        return new ApiError(400, body);
    }

    /** WordPress's answer to missing required parameters: 400 {@code rest_missing_callback_param}. */
    public static ApiError missingParams(Iterable<String> names) {
        ObjectNode body =
                wpBody(400, "rest_missing_callback_param", "Missing parameter(s): " + String.join(", ", names));
        var list = ((ObjectNode) body.get("data")).putArray("params");
        names.forEach(list::add);
        return new ApiError(400, body);
    }

    /** A route that does not exist for this method and path: 404 {@code rest_no_route}, as WordPress answers. */
    public static ApiError noRoute() {
        return wordpress(404, "rest_no_route", "No route was found matching the URL and request method.");
    }

    /** What a generated service method answers until someone implements it. */
    public static ApiError notImplemented(String operationId) {
        return wordpress(
                501, "rest_not_implemented", "The operation " + operationId + " is not implemented by this server.");
    }

    private static ObjectNode wpBody(int status, String code, String message) {
        ObjectNode body = JSON.objectNode().put("code", code).put("message", message);
        body.putObject("data").put("status", status);
        return body;
    }
}
