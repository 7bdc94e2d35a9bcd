package dev.fluentcrm.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fluentcrm.client.fixtures.Fixtures;
import dev.fluentcrm.client.server.FluentCrmRouter;
import dev.fluentcrm.server.route.Param;
import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.validate.Schema;
import dev.fluentcrm.server.validate.SchemaRegistry;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 1,200 malformed requests to the real routes of the spec (fixed seed), in eight kinds, each held
 * to the answer its kind calls for: bad credentials 401 in WordPress's shape, an oversized body
 * 413, broken JSON 400 {@code rest_invalid_json}, a wrong path or query type 400
 * {@code rest_invalid_param} naming the parameter, a missing required field 422 naming each one
 * with the {@code required} rule, a wrong body type 422 naming a field that was broken, and a
 * method a real path does not have 404 {@code rest_no_route}. A request is only sent in a kind the
 * route can express (no body kinds for a route without a body).
 */
class MalformedRequestsTest {
    private static final int REQUESTS = 1200;
    private static final int LIMIT = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = FluentCrmRouter.schemas();
    private static final String AUTH = "Basic "
            + Base64.getEncoder()
                    .encodeToString(
                            (MockFluentCrm.USER + ":" + MockFluentCrm.PASSWORD).getBytes(StandardCharsets.UTF_8));

    private enum Kind {
        BAD_AUTH,
        OVERSIZED_BODY,
        BROKEN_JSON,
        WRONG_PATH_TYPE,
        WRONG_QUERY_TYPE,
        MISSING_REQUIRED,
        WRONG_BODY_TYPES,
        UNKNOWN_METHOD
    }

    private static MockFluentCrm mock;
    private static HttpClient http;
    private static List<Route> routes;

    @BeforeAll
    static void start() {
        mock = MockFluentCrm.builder().maxBodyBytes(LIMIT).start();
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        routes = FluentCrmRouter.builder().routes();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    /** A malformed request and what its answer must be. */
    private record Attempt(
            Kind kind,
            Route route,
            String method,
            String path,
            String query,
            String body,
            String auth,
            int status,
            String code,
            String names,
            Predicate<JsonNode> named) {}

    @Test
    void everyMalformedRequestGetsTheAnswerItsKindCallsFor() throws Exception {
        Random random = new Random(20261126);
        List<String> problems = new ArrayList<>();
        Map<Kind, Integer> sent = new EnumMap<>(Kind.class);
        int recorded = 0;
        while (sent.values().stream().mapToInt(Integer::intValue).sum() < REQUESTS) {
            Route route = routes.get(random.nextInt(routes.size()));
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            Attempt attempt = malform(route, kind, random);
            if (attempt == null) {
                continue;
            }
            sent.merge(kind, 1, Integer::sum);
            // The host refuses an oversized body before the router sees it; all else is recorded.
            recorded += kind == Kind.OVERSIZED_BODY ? 0 : 1;
            HttpResponse<String> response = http.send(build(attempt), HttpResponse.BodyHandlers.ofString());
            String problem = check(attempt, response);
            if (problem != null) {
                problems.add(attempt.kind() + " " + attempt.method() + " " + attempt.path() + attempt.query() + " ("
                        + route.operationId() + "): " + problem);
            }
        }
        assertThat(problems).as("answers other than the kind calls for").isEmpty();
        assertThat(sent.keySet()).as("every kind was sent").containsExactlyInAnyOrder(Kind.values());
        assertThat(mock.requests()).hasSize(recorded);
    }

    private static String check(Attempt attempt, HttpResponse<String> response) {
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (Exception e) {
            return "not JSON: " + response.statusCode() + " " + response.body();
        }
        if (response.statusCode() != attempt.status()) {
            return "expected " + attempt.status() + ", got " + response.statusCode() + " " + response.body();
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            return "not application/json: " + response.headers().firstValue("Content-Type");
        }
        if (attempt.code() != null
                && !(attempt.code().equals(body.path("code").asText())
                        && body.path("message").isTextual()
                        && body.path("data").path("status").asInt() == attempt.status())) {
            return "expected WordPress's {code: " + attempt.code() + ", message, data.status}, got " + body;
        }
        if (attempt.named() != null && !attempt.named().test(body)) {
            return "expected the answer to name " + attempt.names() + ", got " + body;
        }
        return null;
    }

    /** The request {@code kind} makes of {@code route}, or null when the route cannot express it. */
    private Attempt malform(Route route, Kind kind, Random random) throws Exception {
        JsonNode valid = JSON.readTree(Fixtures.requestJson(route.operationId()));
        String path = RequestParts.path(route.path().template(), valid);
        String query = RequestParts.query(valid);
        String body = valid.has("body") ? JSON.writeValueAsString(valid.get("body")) : "";
        switch (kind) {
            case BAD_AUTH: {
                if (!route.secured()) {
                    return null;
                }
                String auth = random.nextBoolean()
                        ? "Basic " + Base64.getEncoder().encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8))
                        : "Bearer x";
                String code = auth.startsWith("Bearer") ? "rest_forbidden" : "incorrect_password";
                return new Attempt(kind, route, route.method(), path, query, body, auth, 401, code, null, null);
            }
            case OVERSIZED_BODY: {
                if (route.body() == null) {
                    return null;
                }
                String flood = "{\"x\":\"" + "a".repeat(LIMIT + random.nextInt(1000)) + "\"}";
                return new Attempt(
                        kind,
                        route,
                        route.method(),
                        path,
                        query,
                        flood,
                        AUTH,
                        413,
                        "rest_request_too_large",
                        null,
                        null);
            }
            case BROKEN_JSON: {
                if (route.body() == null) {
                    return null;
                }
                String broken = List.of("{", "{\"a\":", "[1,2", "{\"a\" 1}", "nul", "{\"a\":1}}")
                        .get(random.nextInt(6));
                return new Attempt(
                        kind, route, route.method(), path, query, broken, AUTH, 400, "rest_invalid_json", null, null);
            }
            case WRONG_PATH_TYPE: {
                List<Param> typed = typed(route, Param.In.PATH);
                if (typed.isEmpty()) {
                    return null;
                }
                Param param = typed.get(random.nextInt(typed.size()));
                String wrong = RequestParts.path(
                        route.path().template().replace("{" + param.name() + "}", "not-valid-" + random.nextInt(100)),
                        valid);
                // Only when no other route takes the wrong value (a literal segment or a text parameter).
                if (matching(route.method(), wrong) != route) {
                    return null;
                }
                return invalidParam(kind, route, wrong, query, body, param);
            }
            case WRONG_QUERY_TYPE: {
                List<Param> typed = typed(route, Param.In.QUERY);
                if (typed.isEmpty()) {
                    return null;
                }
                Param param = typed.get(random.nextInt(typed.size()));
                String wrong = (query.isEmpty() ? "?" : query + "&")
                        + URLEncoder.encode(param.name(), StandardCharsets.UTF_8) + "=not-valid-" + random.nextInt(100);
                // A repeated name: PHP keeps the last value, and so does the router, so the wrong one counts.
                return invalidParam(kind, route, path, wrong, body, param);
            }
            case MISSING_REQUIRED: {
                List<String> required = requiredFields(route);
                if (required.isEmpty()) {
                    return null;
                }
                return new Attempt(
                        kind,
                        route,
                        route.method(),
                        path,
                        query,
                        "{}",
                        AUTH,
                        422,
                        null,
                        String.join(", ", required),
                        answer -> required.stream()
                                .allMatch(f -> answer.path(f).path("required").isTextual()));
            }
            case WRONG_BODY_TYPES: {
                JsonNode sample = valid.path("body");
                List<String> scalarFields = typedBodyFields(route, sample);
                if (scalarFields.isEmpty()) {
                    return null;
                }
                // Each typed field of the sample replaced by an object, which no scalar or list schema accepts.
                ObjectNode broken = sample.deepCopy();
                scalarFields.forEach(f -> broken.set(
                        f,
                        JSON.createObjectNode().set("x", JSON.createArrayNode().add(1))));
                return new Attempt(
                        kind,
                        route,
                        route.method(),
                        path,
                        query,
                        JSON.writeValueAsString(broken),
                        AUTH,
                        422,
                        null,
                        "one of " + scalarFields,
                        answer -> scalarFields.stream().anyMatch(f -> names(answer, f)));
            }
            case UNKNOWN_METHOD: {
                String method = "PATCH";
                if (matching(method, path) != null) {
                    return null;
                }
                return new Attempt(kind, route, method, path, query, body, AUTH, 404, "rest_no_route", null, null);
            }
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    /** Whether a 422 answer names {@code field} or a field inside it ({@code tags.x}: PHP reads an object as an array). */
    private static boolean names(JsonNode answer, String field) {
        var names = answer.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if ((name.equals(field) || name.startsWith(field + "."))
                    && answer.get(name).isObject()) {
                return true;
            }
        }
        return false;
    }

    private static Attempt invalidParam(Kind kind, Route route, String path, String query, String body, Param param) {
        return new Attempt(
                kind,
                route,
                route.method(),
                path,
                query,
                body,
                AUTH,
                400,
                "rest_invalid_param",
                param.name(),
                answer -> answer.path("data").path("params").has(param.name()));
    }

    /** Parameters of {@code in} whose schema refuses "not-valid-N": numbers, booleans, dates, enums. */
    private static List<Param> typed(Route route, Param.In in) {
        return route.params().stream()
                .filter(p -> p.in() == in)
                .filter(p -> refusesText(p.schema()))
                .toList();
    }

    private static boolean refusesText(Schema schema) {
        if (schema instanceof Schema.Ref ref) {
            return refusesText(SCHEMAS.get(ref.name()));
        }
        return schema instanceof Schema.OneOf
                || schema instanceof Schema.Scalar s && s.kind() != Schema.Kind.STRING && s.kind() != Schema.Kind.FILE;
    }

    private static Schema.ObjectOf bodyObject(Route route) {
        Schema body = route.body();
        if (body instanceof Schema.Ref ref) {
            body = SCHEMAS.get(ref.name());
        }
        return body instanceof Schema.ObjectOf object ? object : null;
    }

    /** The required fields of an object body. */
    private static List<String> requiredFields(Route route) {
        Schema.ObjectOf object = bodyObject(route);
        return object == null
                ? List.of()
                : object.properties().stream()
                        .filter(Schema.Property::required)
                        .map(Schema.Property::name)
                        .toList();
    }

    /** Fields of the sample body whose schema is a scalar (not a file), an enum or a list. */
    private static List<String> typedBodyFields(Route route, JsonNode sample) {
        Schema.ObjectOf object = bodyObject(route);
        if (object == null || !sample.isObject()) {
            return List.of();
        }
        return object.properties().stream()
                .filter(p -> sample.has(p.name()))
                .filter(p -> {
                    Schema schema = p.schema() instanceof Schema.Ref ref ? SCHEMAS.get(ref.name()) : p.schema();
                    return schema instanceof Schema.OneOf
                            || schema instanceof Schema.ArrayOf
                            || schema instanceof Schema.Scalar s && s.kind() != Schema.Kind.FILE;
                })
                .map(Schema.Property::name)
                .toList();
    }

    /** The route the router picks for {@code method} and {@code path}: literal segments first, as it sorts them. */
    private static Route matching(String method, String path) {
        String trimmed = path.substring(1);
        List<String> segments = trimmed.isEmpty()
                ? List.of()
                : Arrays.stream(trimmed.split("/", -1))
                        .map(segment -> URLDecoder.decode(segment, StandardCharsets.UTF_8))
                        .toList();
        return routes.stream()
                .filter(r -> r.method().equalsIgnoreCase(method))
                .sorted(Comparator.comparingInt((Route r) -> -r.path().literalSegments()))
                .filter(r -> r.path().match(segments) != null)
                .findFirst()
                .orElse(null);
    }

    private HttpRequest build(Attempt attempt) {
        URI uri = URI.create(mock.siteUrl() + "/wp-json/fluent-crm/v2" + attempt.path() + attempt.query());
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", attempt.auth())
                .header("Content-Type", "application/json")
                .method(
                        attempt.method(),
                        attempt.body().isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(attempt.body()))
                .build();
    }
}
