package dev.fluentcrm.server.route;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.fluentcrm.server.error.ApiError;
import dev.fluentcrm.server.http.ServerRequest;
import java.util.Map;

/**
 * A request that matched a route and passed validation, with typed access to what it carries:
 * {@code call.path("id", Long.class)}, {@code call.params(ListContactsParams.class)},
 * {@code call.body(CreateContactRequest.class)}. Generated route classes use it to call services.
 */
public final class Call {
    private final Route route;
    private final ServerRequest request;
    private final String user;
    private final Map<String, String> pathValues;
    private final ObjectNode params;
    private final JsonNode body;
    private final ObjectMapper mapper;

    Call(
            Route route,
            ServerRequest request,
            String user,
            Map<String, String> pathValues,
            ObjectNode params,
            JsonNode body,
            ObjectMapper mapper) {
        this.route = route;
        this.request = request;
        this.user = user;
        this.pathValues = Map.copyOf(pathValues);
        this.params = params;
        this.body = body;
        this.mapper = mapper;
    }

    public Route route() {
        return route;
    }

    public ServerRequest request() {
        return request;
    }

    /** Who the authenticator said is calling; null on public routes. */
    public String user() {
        return user;
    }

    /** The raw values of the path variables. */
    public Map<String, String> pathValues() {
        return pathValues;
    }

    /** The query and header parameters as JSON ({@code tags[]} as an array), for code that wants them untyped. */
    public ObjectNode paramsJson() {
        return params.deepCopy();
    }

    /** The parsed body (forms become objects), or null when none was sent. */
    public JsonNode bodyJson() {
        return body == null ? null : body.deepCopy();
    }

    public <T> T path(String name, Class<T> type) {
        String value = pathValues.get(name);
        return convert(
                value == null ? NullNode.getInstance() : TextNode.valueOf(value), mapper.constructType(type), name);
    }

    /** The query and header parameters as the operation's parameter record. */
    public <T> T params(Class<T> type) {
        return convert(params, mapper.constructType(type), null);
    }

    public <T> T body(Class<T> type) {
        return convert(body == null ? NullNode.getInstance() : body, mapper.constructType(type), null);
    }

    public <T> T body(TypeReference<T> type) {
        return convert(body == null ? NullNode.getInstance() : body, mapper.constructType(type), null);
    }

    private <T> T convert(JsonNode value, JavaType type, String parameter) {
        try {
            return mapper.convertValue(value, type);
        } catch (IllegalArgumentException e) {
            // Validation lets through what PHP accepts; the little it cannot bind is still the caller's mistake.
            String message = e.getMessage() == null ? "" : e.getMessage().split("\n", 2)[0];
            if (parameter != null) {
                throw ApiError.invalidParams(Map.of(parameter, parameter + " cannot be read: " + message));
            }
            throw ApiError.wordpress(400, "rest_invalid_param", "The request cannot be read: " + message);
        }
    }
}
