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
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 1,200 malformed requests spread over every operation (fixed seed): broken JSON, wrong types,
 * missing required fields, unknown enum values, oversized bodies, bad credentials, unknown routes.
 * Each must be answered quickly with a 4xx and a JSON error body that says what is wrong.
 */
class MalformedRequestsTest {
    private static final int REQUESTS = 1200;
    private static final int LIMIT = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static MockFluentCrm mock;
    private static HttpClient http;
    private static List<Route> routes;
    private static final SchemaRegistry SCHEMAS = FluentCrmRouter.schemas();

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

    @Test
    void everyMalformedRequestGetsAClear4xx() throws Exception {
        Random random = new Random(20261126);
        List<String> problems = new ArrayList<>();
        int refusedByHost = 0;
        for (int i = 0; i < REQUESTS; i++) {
            Route route = routes.get(random.nextInt(routes.size()));
            Attempt attempt = malform(route, random.nextInt(8), random);
            HttpResponse<String> response = http.send(attempt.request(), HttpResponse.BodyHandlers.ofString());
            // The host refuses an oversized body before the router sees it, so such requests are not recorded.
            refusedByHost += response.statusCode() == 413 ? 1 : 0;
            JsonNode body = parse(response.body());
            boolean clear = body != null
                    && body.isObject()
                    && body.size() > 0
                    && (body.has("message")
                            || body.properties().iterator().next().getValue().isObject());
            if (response.statusCode() < 400 || response.statusCode() >= 500 || !clear) {
                problems.add(attempt.kind() + " " + route + " -> " + response.statusCode() + " " + response.body());
            }
        }
        assertThat(problems).as("answers that were not a 4xx with a JSON error").isEmpty();
        assertThat(refusedByHost).isPositive();
        assertThat(mock.requests()).hasSize(REQUESTS - refusedByHost);
    }

    private record Attempt(String kind, HttpRequest request) {}

    /** A broken request before it is sent: what is broken, and the path, query and body that carry it. */
    private record Broken(String kind, String path, String query, String body) {}

    private Attempt malform(Route route, int kind, Random random) throws Exception {
        JsonNode valid = JSON.readTree(Fixtures.requestJson(route.operationId()));
        String path = route.path().template();
        for (var entry : valid.path("path").properties()) {
            path = path.replace(
                    "{" + entry.getKey() + "}",
                    URLEncoder.encode(entry.getValue().asText(), StandardCharsets.UTF_8)
                            .replace("+", "%20"));
        }
        String body = valid.has("body") ? JSON.writeValueAsString(valid.get("body")) : "";
        String auth = "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (MockFluentCrm.USER + ":" + MockFluentCrm.PASSWORD).getBytes(StandardCharsets.UTF_8));
        Broken broken = switch (kind) {
            case 0 -> {
                auth = random.nextBoolean()
                        ? "Basic " + Base64.getEncoder().encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8))
                        : "Bearer x";
                // Public routes take anyone; for them, bad auth cannot fail, so the route is broken instead.
                yield new Broken("bad auth", route.secured() ? path : path + "/no-such-route", "", body);
            }
            case 1 -> new Broken("unknown route", path + "/zz" + random.nextInt(1000), "", body);
            case 2 ->
                new Broken("oversized body", path, "", "{\"x\":\"" + "a".repeat(LIMIT + random.nextInt(1000)) + "\"}");
            default -> typed(route, path, valid, random, kind);
        };
        return new Attempt(broken.kind(), build(route.method(), broken.path(), broken.query(), broken.body(), auth));
    }

    /** Wrong parameter types or enum values, wrong body types, missing required fields, or broken JSON. */
    private Broken typed(Route route, String path, JsonNode valid, Random random, int kind) throws Exception {
        List<Param> typedParams = route.params().stream()
                .filter(p -> p.schema() instanceof Schema.Ref
                        || p.schema() instanceof Schema.Scalar s && s.kind() != Schema.Kind.STRING)
                .toList();
        if (kind % 2 == 0 && !typedParams.isEmpty()) {
            Param param = typedParams.get(random.nextInt(typedParams.size()));
            String bad = "not-valid-" + random.nextInt(100);
            if (param.in() == Param.In.PATH) {
                return new Broken(
                        "wrong path type",
                        route.path()
                                .template()
                                .replace("{" + param.name() + "}", bad)
                                .replaceAll("\\{[^}]+}", "1"),
                        "",
                        "");
            }
            return new Broken(
                    "wrong query type or enum",
                    path,
                    URLEncoder.encode(param.name(), StandardCharsets.UTF_8) + "=" + bad,
                    "");
        }
        JsonNode sample = valid.path("body");
        if (kind == 5 && hasRequiredScalar(route) && sample.isObject() && sample.size() > 0) {
            // Every field of the sample, replaced by something no schema accepts where a scalar or list is expected.
            ObjectNode body = JSON.createObjectNode();
            sample.fieldNames()
                    .forEachRemaining(field -> body.set(
                            field,
                            JSON.createObjectNode()
                                    .set("x", JSON.createArrayNode().add(1))));
            return new Broken("wrong body types", path, "", JSON.writeValueAsString(body));
        }
        if (kind == 7 && hasRequiredScalar(route)) {
            return new Broken("missing required fields", path, "", "{}");
        }
        String broken = List.of("{", "{\"a\":", "[1,2", "{\"a\" 1}", "nul", "{\"a\":1}}")
                .get(random.nextInt(6));
        // A route without a body gets its broken JSON on an address no route matches (a suffix could
        // still match a longer template such as /import/drivers/{driver}).
        return new Broken("malformed JSON", route.body() == null ? "/no-such-route" + path : path, "", broken);
    }

    /** Whether the route's body must carry a scalar or list field, so {} or objects in its place are refused. */
    private static boolean hasRequiredScalar(Route route) {
        Schema body = route.body();
        if (body instanceof Schema.Ref ref) {
            body = SCHEMAS.get(ref.name());
        }
        return body instanceof Schema.ObjectOf object
                && object.properties().stream()
                        .anyMatch(p -> p.required()
                                && (p.schema() instanceof Schema.Scalar
                                        || p.schema() instanceof Schema.OneOf
                                        || p.schema() instanceof Schema.ArrayOf));
    }

    private HttpRequest build(String method, String path, String query, String body, String auth) {
        URI uri = URI.create(mock.siteUrl() + "/wp-json/fluent-crm/v2" + path
                + (query == null || query.isEmpty() ? "" : "?" + query));
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body.isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }
}
