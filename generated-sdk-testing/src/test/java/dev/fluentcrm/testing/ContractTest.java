package dev.fluentcrm.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fluentcrm.client.FluentCrmClient;
import dev.fluentcrm.client.fixtures.Fixtures;
import dev.fluentcrm.client.server.FluentCrmRouter;
import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.page.Page;
import dev.fluentcrm.server.json.ServerJson;
import dev.fluentcrm.spec.FluentCrmSpec;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the spec, end to end over real HTTP: the generated client calls the
 * generated mock with the operation's request fixture; the mock's recording must show the
 * method, path, query and body the spec describes (read from the spec's JSON, not from our
 * model), the body's fields with the fixture's values, and the answer must decode into the
 * client method's declared type and, written back as JSON, equal the fixture field by field.
 */
class ContractTest {
    /** The server's mapper: the client's PHP-tolerant one, plus file parts from text (for the one upload). */
    private static final ObjectMapper MAPPER = ServerJson.newMapper();

    private static MockFluentCrm mock;
    private static FluentCrmClient client;
    private static Map<String, SpecOperation> spec;
    private static Api api;
    /** The page pointer of each operation's route ("" for the whole body). */
    private static Map<String, String> routes;

    /** What the spec itself says of an operation. */
    record SpecOperation(String method, String path, List<JsonNode> parameters, boolean hasBody, String bodyType) {}

    @BeforeAll
    static void start() throws Exception {
        mock = MockFluentCrm.start();
        client = mock.client();
        spec = readSpec();
        api = Generator.load(List.of(URI.create(FluentCrmSpec.jsonUrl().toString())));
        routes = new TreeMap<>();
        FluentCrmRouter.builder().routes().forEach(r -> routes.put(r.operationId(), r.pagePointer()));
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Test
    void everyOperationRoundTripsThroughTheMock() throws Exception {
        List<String> failures = new ArrayList<>();
        TreeSet<String> exercised = new TreeSet<>();
        for (ApiModule module : api.modules()) {
            Object moduleApi =
                    FluentCrmClient.class.getMethod(module.accessor()).invoke(client);
            for (Operation operation : module.operations()) {
                try {
                    exercise(moduleApi, operation);
                    exercised.add(operation.operationId());
                } catch (AssertionError | Exception e) {
                    Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
                    failures.add(operation.operationId() + ": " + cause);
                }
            }
        }
        assertThat(failures).as("operations that did not round-trip").isEmpty();
        assertThat(exercised).hasSize(spec.size()).hasSize(323).containsExactlyElementsOf(new TreeSet<>(spec.keySet()));
    }

    private void exercise(Object moduleApi, Operation operation) throws Exception {
        SpecOperation expected = spec.get(operation.operationId());
        JsonNode request = MAPPER.readTree(Fixtures.requestJson(operation.operationId()));
        Method method = withResponseMethod(moduleApi.getClass(), operation);
        Type[] types = method.getGenericParameterTypes();
        Object[] arguments = new Object[types.length];
        int next = 0;
        String path = expected.path();
        for (var parameter : operation.pathParameters()) {
            JsonNode value = request.path("path").get(parameter.wireName());
            arguments[next] = MAPPER.convertValue(value, MAPPER.constructType(types[next]));
            next++;
            path = path.replace("{" + parameter.wireName() + "}", value.asText());
        }
        if (operation.body() != null) {
            arguments[next] = MAPPER.convertValue(request.get("body"), MAPPER.constructType(types[next]));
            next++;
        }
        if (operation.paramsTypeName() != null) {
            arguments[next] = MAPPER.convertValue(request.get("query"), MAPPER.constructType(types[next]));
        }
        mock.reset();
        ApiResponse<?> response = (ApiResponse<?>) method.invoke(moduleApi, arguments);

        List<RecordedRequest> recorded = mock.requests();
        assertThat(recorded).hasSize(1);
        RecordedRequest arrived = recorded.get(0);
        assertThat(arrived.operationId()).isEqualTo(operation.operationId());
        assertThat(arrived.method()).isEqualTo(expected.method());
        assertThat(URLDecoder.decode(arrived.path(), StandardCharsets.UTF_8)).isEqualTo(path);
        for (JsonNode parameter : expected.parameters()) {
            if (!"query".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            JsonNode sent = request.path("query").get(name);
            if (sent == null) {
                continue;
            }
            List<String> values = new ArrayList<>();
            (sent.isArray() ? sent : MAPPER.createArrayNode().add(sent)).forEach(v -> values.add(v.asText()));
            // An empty value means "not given" to PHP, and the client leaves it out.
            values.removeIf(String::isEmpty);
            assertThat(arrived.queryValues(name)).as("query %s", name).containsExactlyElementsOf(values);
        }
        if (expected.hasBody() && expected.bodyType().contains("json")) {
            JsonNode body = MAPPER.readTree(arrived.body());
            JsonNode sample = request.get("body");
            if (sample.isObject()) {
                // Every field the fixture gives arrives with the fixture's value (as PHP reads it).
                List<String> differences = new ArrayList<>();
                sample.properties().forEach(field -> {
                    if (!field.getValue().isNull()) {
                        compare(field.getValue(), body.get(field.getKey()), "/" + field.getKey(), differences);
                    }
                });
                assertThat(differences)
                        .as("the body sent, against the request fixture")
                        .isEmpty();
            }
        } else if (expected.hasBody()) {
            assertThat(arrived.headers().get("Content-Type").get(0)).startsWith(expected.bodyType());
        }
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(arrived.status()).isEqualTo(200);
        Type declared = ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
        Class<?> raw = MAPPER.constructType(declared).getRawClass();
        if (raw != Void.class) {
            assertThat(response.value()).as("decoded answer").isNotNull().isInstanceOf(raw);
            JsonNode fixture = MAPPER.readTree(Fixtures.responseJson(operation.operationId()));
            JsonNode expectedValue = fixture.at(pagePointer(operation.operationId()));
            List<String> differences = new ArrayList<>();
            JsonNode decoded = MAPPER.valueToTree(response.value());
            if (response.value() instanceof Page<?> && decoded.isObject()) {
                // The page writer derives from/to; only compare them where the fixture has them.
                for (String derived : List.of("from", "to")) {
                    if (!expectedValue.has(derived)) {
                        ((ObjectNode) decoded).remove(derived);
                    }
                }
            }
            compare(decoded, expectedValue, "", differences);
            assertThat(differences)
                    .as("the decoded answer, written back as JSON, against the fixture")
                    .isEmpty();
        }
    }

    /** Where the route finds the value the client returns: the page's pointer, or the whole body. */
    private static String pagePointer(String operationId) {
        return routes.get(operationId);
    }

    /**
     * Field by field: every value the decoded answer holds must be the fixture's at the same place,
     * as PHP would read it ({@code "12"} is 12, {@code "1"} is true, {@code []} an empty object).
     * Fields the fixture has and the model does not keep are not compared.
     */
    private static void compare(JsonNode decoded, JsonNode fixture, String at, List<String> differences) {
        if (decoded == null || decoded.isNull() || decoded.isMissingNode()) {
            return;
        }
        if (fixture == null || fixture.isMissingNode()) {
            differences.add(at + ": decoded " + decoded + ", the fixture has nothing there");
            return;
        }
        if (decoded.isObject()) {
            if (fixture.isArray() && fixture.isEmpty() && decoded.isEmpty()) {
                return;
            }
            decoded.properties()
                    .forEach(e -> compare(e.getValue(), fixture.get(e.getKey()), at + "/" + e.getKey(), differences));
        } else if (decoded.isArray()) {
            if (!fixture.isArray() && !fixture.isObject()) {
                differences.add(at + ": decoded " + decoded + ", the fixture has " + fixture);
                return;
            }
            List<JsonNode> items = new ArrayList<>();
            fixture.forEach(items::add);
            if (items.size() != decoded.size()) {
                differences.add(at + ": decoded " + decoded.size() + " items, the fixture has " + items.size());
                return;
            }
            for (int i = 0; i < decoded.size(); i++) {
                compare(decoded.get(i), items.get(i), at + "/" + i, differences);
            }
        } else if (!sameScalar(decoded, fixture)) {
            differences.add(at + ": decoded " + decoded + ", the fixture has " + fixture);
        }
    }

    private static boolean sameScalar(JsonNode decoded, JsonNode fixture) {
        if (decoded.equals(fixture) || decoded.asText().equals(fixture.asText())) {
            return true;
        }
        if (decoded.isNumber() && (fixture.isNumber() || fixture.isTextual())) {
            try {
                return decoded.decimalValue()
                                .compareTo(new BigDecimal(fixture.asText().strip()))
                        == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (decoded.isBoolean()) {
            String text = fixture.asText().toLowerCase(Locale.ROOT);
            return decoded.booleanValue()
                    ? List.of("true", "1", "yes").contains(text)
                    : List.of("false", "0", "no", "").contains(text);
        }
        return false;
    }

    private static Method withResponseMethod(Class<?> type, Operation operation) {
        int arity = operation.pathParameters().size()
                + (operation.body() != null ? 1 : 0)
                + (operation.paramsTypeName() != null ? 1 : 0);
        for (Method method : type.getMethods()) {
            if (method.getName().equals(operation.javaName() + "WithResponse") && method.getParameterCount() == arity) {
                return method;
            }
        }
        throw new AssertionError(
                "no " + operation.javaName() + "WithResponse with " + arity + " parameters on " + type.getSimpleName());
    }

    /** The operations as the spec's JSON lists them, parameters with their {@code $ref}s resolved. */
    private static Map<String, SpecOperation> readSpec() throws Exception {
        JsonNode root;
        try (var in = FluentCrmSpec.jsonUrl().openStream()) {
            root = new ObjectMapper().readTree(in);
        }
        Map<String, SpecOperation> operations = new TreeMap<>();
        root.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(entry -> {
                    if (entry.getKey().equals("parameters")) {
                        return;
                    }
                    JsonNode op = entry.getValue();
                    List<JsonNode> parameters = new ArrayList<>();
                    op.path("parameters")
                            .forEach(p -> parameters.add(
                                    p.has("$ref")
                                            ? root.at(p.get("$ref").asText().substring(1))
                                            : p));
                    JsonNode content = op.path("requestBody").path("content");
                    String bodyType = content.fieldNames().hasNext()
                            ? content.fieldNames().next()
                            : "";
                    operations.put(
                            op.path("operationId").asText(),
                            new SpecOperation(
                                    entry.getKey().toUpperCase(Locale.ROOT),
                                    path.getKey(),
                                    parameters,
                                    op.has("requestBody"),
                                    bodyType));
                }));
        return operations;
    }
}
