package dev.fluentcrm.server.route;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fluentcrm.server.auth.ApplicationPasswords;
import dev.fluentcrm.server.auth.Authenticator;
import dev.fluentcrm.server.error.ApiError;
import dev.fluentcrm.server.http.QueryString;
import dev.fluentcrm.server.http.RestHandler;
import dev.fluentcrm.server.http.ServerRequest;
import dev.fluentcrm.server.http.ServerResponse;
import dev.fluentcrm.server.json.ServerJson;
import dev.fluentcrm.server.validate.SchemaRegistry;
import dev.fluentcrm.server.validate.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The request pipeline, as WordPress runs it for FluentCRM: find the route (else 404
 * {@code rest_no_route}), authenticate, check the body size, validate parameters (400) and body
 * (422) against the spec, then let the interceptor or the route's handler answer. Every failure
 * is a JSON error; only a handler's own bug becomes a 500. Thread-safe.
 */
public final class Router implements RestHandler {
    /** Where WordPress serves FluentCRM's REST API. */
    public static final String API_PREFIX = "/wp-json/fluent-crm/v2";
    /** The default body limit: larger than any FluentCRM form sends, small enough to refuse floods. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    private final List<Route> routes;
    private final ObjectMapper mapper;
    private final Authenticator authenticator;
    private final int maxBodyBytes;
    private final Interceptor interceptor;
    private final ExchangeListener listener;
    private final RequestValidator validator;

    private Router(Builder builder) {
        List<Route> sorted = new ArrayList<>(builder.routes);
        // Literal segments first, so /subscribers/search-contacts is not read as /subscribers/{id}.
        sorted.sort(Comparator.comparingInt((Route r) -> -r.path().literalSegments()));
        this.routes = List.copyOf(sorted);
        this.mapper = builder.mapper;
        this.authenticator = Objects.requireNonNull(builder.authenticator, "authenticator");
        this.maxBodyBytes = builder.maxBodyBytes;
        this.interceptor = builder.interceptor;
        this.listener = builder.listener;
        this.validator = new RequestValidator(new Validator(builder.schemas), mapper);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Route> routes() {
        return routes;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    @Override
    public ServerResponse handle(ServerRequest request) {
        Route route = null;
        ServerResponse response;
        try {
            Match match = match(request);
            route = match.route();
            response = dispatch(request, match);
        } catch (ApiError e) {
            response = error(e);
        } catch (RuntimeException e) {
            response = error(ApiError.wordpress(
                    500,
                    "internal_server_error",
                    "The handler failed: " + e.getClass().getSimpleName()));
        }
        if (listener != null) {
            listener.exchanged(request, route, response);
        }
        return response;
    }

    private record Match(Route route, Map<String, String> pathValues) {}

    private Match match(ServerRequest request) {
        String path = request.rawPath();
        if (!path.startsWith(API_PREFIX + "/") && !path.equals(API_PREFIX)) {
            throw ApiError.noRoute();
        }
        List<String> segments;
        try {
            segments = PathTemplate.split(path.substring(API_PREFIX.length())).stream()
                    .map(QueryString::decode)
                    .toList();
        } catch (IllegalArgumentException e) {
            throw ApiError.noRoute();
        }
        for (Route route : routes) {
            if (route.method().equalsIgnoreCase(request.method())) {
                Map<String, String> values = route.path().match(segments);
                if (values != null) {
                    return new Match(route, values);
                }
            }
        }
        throw ApiError.noRoute();
    }

    private ServerResponse dispatch(ServerRequest request, Match match) {
        Route route = match.route();
        String user = route.secured() ? authenticator.authenticate(request) : null;
        if (request.body().length > maxBodyBytes) {
            throw tooLarge(maxBodyBytes);
        }
        ObjectNode params = validator.params(route, request, match.pathValues());
        JsonNode body = validator.body(route, request);
        Call call = new Call(route, request, user, match.pathValues(), params, body, mapper);
        return interceptor == null ? invoke(call) : interceptor.intercept(call, () -> invoke(call));
    }

    /** Runs the route's handler and writes what it returns, wrapping a page at the route's pointer. */
    public ServerResponse invoke(Call call) {
        try {
            Object value = call.route().handler().handle(call);
            JsonNode json = value == null ? mapper.createObjectNode() : mapper.valueToTree(value);
            String pointer = call.route().pagePointer();
            if (!pointer.isEmpty()) {
                for (String name : reversed(pointer.substring(1).split("/"))) {
                    json = mapper.createObjectNode().set(name, json);
                }
            }
            return ServerResponse.json(call.route().status(), mapper.writeValueAsBytes(json));
        } catch (ApiError e) {
            return error(e);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return error(ApiError.wordpress(500, "internal_server_error", "The answer cannot be written as JSON."));
        } catch (Exception e) {
            return error(ApiError.wordpress(
                    500,
                    "internal_server_error",
                    "The handler failed: " + e.getClass().getSimpleName()));
        }
    }

    private static List<String> reversed(String[] names) {
        List<String> list = new ArrayList<>(List.of(names));
        Collections.reverse(list);
        return list;
    }

    /** The answer to a body above the limit: 413, as the web server in front of WordPress would send. */
    public static ApiError tooLarge(int limit) {
        return ApiError.wordpress(
                413, "rest_request_too_large", "The request body is larger than " + limit + " bytes.");
    }

    /** An {@link ApiError} as a JSON answer. */
    public ServerResponse error(ApiError error) {
        try {
            return ServerResponse.json(error.status(), mapper.writeValueAsBytes(error.body()));
        } catch (JsonProcessingException e) {
            return ServerResponse.json(error.status(), "{\"code\":\"error\",\"message\":\"error\"}");
        }
    }

    /** Builds a {@link Router}; by default no credentials are accepted until you add an authenticator. */
    public static final class Builder {
        private final List<Route> routes = new ArrayList<>();
        private SchemaRegistry schemas = new SchemaRegistry();
        private ObjectMapper mapper = ServerJson.newMapper();
        private Authenticator authenticator = new ApplicationPasswords();
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private Interceptor interceptor;
        private ExchangeListener listener;

        private Builder() {}

        public Builder routes(Collection<Route> more) {
            routes.addAll(more);
            return this;
        }

        public Builder route(Route route) {
            routes.add(route);
            return this;
        }

        /** The named schemas the routes refer to. */
        public Builder schemas(SchemaRegistry schemas) {
            this.schemas = schemas;
            return this;
        }

        public Builder mapper(ObjectMapper mapper) {
            this.mapper = mapper;
            return this;
        }

        /** Who may call; by default {@link ApplicationPasswords} with no users, so every secured call is refused. */
        public Builder authenticator(Authenticator authenticator) {
            this.authenticator = authenticator;
            return this;
        }

        public Builder maxBodyBytes(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("limit < 0");
            }
            this.maxBodyBytes = limit;
            return this;
        }

        public Builder interceptor(Interceptor interceptor) {
            this.interceptor = interceptor;
            return this;
        }

        public Builder listener(ExchangeListener listener) {
            this.listener = listener;
            return this;
        }

        public Router build() {
            return new Router(this);
        }
    }
}
