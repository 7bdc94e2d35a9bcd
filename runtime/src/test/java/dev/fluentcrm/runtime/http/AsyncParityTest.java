package dev.fluentcrm.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.fluentcrm.runtime.error.ApiConnectionException;
import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.error.NotFoundException;
import dev.fluentcrm.runtime.error.ServerException;
import dev.fluentcrm.runtime.error.UnexpectedResponseException;
import dev.fluentcrm.runtime.error.ValidationException;
import dev.fluentcrm.runtime.testing.Models.Tag;
import dev.fluentcrm.runtime.testing.RealResponses;
import dev.fluentcrm.runtime.testing.TestClients;
import dev.fluentcrm.runtime.testing.TestServer;
import dev.fluentcrm.runtime.testing.TestServer.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** executeAsync ends exactly as execute does: same value, or same exception with the same details, after as many requests. */
class AsyncParityTest {
    private static final String TAG = "{\"id\":3,\"title\":\"Customer\",\"__bench\":0.01}";

    /** How a call ended, in the terms that must not differ between the two forms. */
    record Outcome(
            Object value,
            Class<?> error,
            int status,
            String serverMessage,
            String rawBody,
            Map<String, Map<String, String>> fieldErrors,
            boolean timeout,
            int requests) {}

    record Scenario(
            String name, String method, List<Reply> replies, Reply otherwise, Duration timeout, Class<?> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Scenario> scenarios() {
        Duration normal = Duration.ofSeconds(5);
        return Stream.of(
                new Scenario("success", "GET", List.of(Reply.ok(TAG)), null, normal, null),
                new Scenario(
                        "404",
                        "GET",
                        List.of(Reply.json(404, RealResponses.body("err_missing_campaign"))),
                        null,
                        normal,
                        NotFoundException.class),
                new Scenario(
                        "422 field map",
                        "POST",
                        List.of(Reply.json(422, RealResponses.body("err_invalid_email"))),
                        null,
                        normal,
                        ValidationException.class),
                new Scenario(
                        "422 message",
                        "GET",
                        List.of(Reply.json(422, RealResponses.body("err_missing_contact"))),
                        null,
                        normal,
                        ValidationException.class),
                new Scenario("503 then 200", "GET", List.of(Reply.status(503), Reply.ok(TAG)), null, normal, null),
                new Scenario(
                        "429 Retry-After 0 then 200",
                        "GET",
                        List.of(Reply.status(429).header("Retry-After", "0"), Reply.ok(TAG)),
                        null,
                        normal,
                        null),
                new Scenario(
                        "503 every time",
                        "GET",
                        List.of(),
                        Reply.json(503, "{\"message\":\"down\"}"),
                        normal,
                        ServerException.class),
                new Scenario(
                        "POST 503 not retried",
                        "POST",
                        List.of(Reply.status(503), Reply.ok(TAG)),
                        null,
                        normal,
                        ServerException.class),
                new Scenario(
                        "500 not retried",
                        "GET",
                        List.of(Reply.status(500), Reply.ok(TAG)),
                        null,
                        normal,
                        ServerException.class),
                new Scenario(
                        "dropped then 200", "GET", List.of(Reply.dropMidBody(), Reply.ok(TAG)), null, normal, null),
                new Scenario(
                        "dropped every time",
                        "GET",
                        List.of(),
                        Reply.dropMidBody(),
                        normal,
                        ApiConnectionException.class),
                new Scenario(
                        "timeout every time",
                        "GET",
                        List.of(),
                        Reply.ok(TAG).delayed(Duration.ofSeconds(3)),
                        Duration.ofMillis(200),
                        ApiConnectionException.class),
                new Scenario(
                        "truncated 200",
                        "GET",
                        List.of(Reply.ok("{\"id\":3,\"ti")),
                        null,
                        normal,
                        UnexpectedResponseException.class));
    }

    private static Outcome run(Scenario scenario, BiFunction<ApiExecutor, ApiRequest, Object> call) {
        try (TestServer server = TestServer.start()) {
            server.enqueue(scenario.replies().toArray(Reply[]::new));
            if (scenario.otherwise() != null) {
                server.dispatch(r -> scenario.otherwise());
            }
            ApiExecutor executor = new ApiExecutor(TestClients.options(server)
                    .requestTimeout(scenario.timeout())
                    .retryPolicy(TestClients.fastRetries(3))
                    .build());
            ApiRequest.Builder request =
                    ApiRequest.builder(scenario.method(), "/tags/{id}").path("id", 3);
            if (!scenario.method().equals("GET")) {
                request.body(Map.of("title", "Customer"));
            }
            Object result = call.apply(executor, request.build());
            if (result instanceof Throwable thrown) {
                FluentCrmException e = (FluentCrmException) thrown;
                return new Outcome(
                        null,
                        e.getClass(),
                        e.statusCode(),
                        e.serverMessage().orElse(null),
                        e.rawBody().orElse(null),
                        e instanceof ValidationException v ? v.fieldErrors() : null,
                        e instanceof ApiConnectionException c && c.isTimeout(),
                        server.requestCount());
            }
            return new Outcome(result, null, 200, null, null, null, false, server.requestCount());
        }
    }

    private static Object sync(ApiExecutor executor, ApiRequest request) {
        try {
            return executor.execute(request, Tag.class).value();
        } catch (RuntimeException e) {
            TestClients.assertNoSecret(e);
            return e;
        }
    }

    private static Object async(ApiExecutor executor, ApiRequest request) {
        var future = executor.executeAsync(request, Tag.class);
        try {
            return future.get(10, TimeUnit.SECONDS).value();
        } catch (ExecutionException e) {
            return TestClients.asyncFailure(future);
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("the future did not complete", e);
        }
    }

    /** The form generated modules call: the value alone, the request built in the future. */
    private static Object valueAsync(ApiExecutor executor, ApiRequest request) {
        var future = executor.valueAsync(() -> request, Tag.class);
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return TestClients.asyncFailure(future);
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("the future did not complete", e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void asyncEndsLikeSync(Scenario scenario) {
        Outcome sync = run(scenario, AsyncParityTest::sync);
        Outcome async = run(scenario, AsyncParityTest::async);
        Outcome value = run(scenario, AsyncParityTest::valueAsync);

        assertThat(sync.error()).as("sync outcome of " + scenario).isEqualTo(scenario.expected());
        assertThat(async).isEqualTo(sync);
        assertThat(value).isEqualTo(sync);
    }

    @Test
    void valueAsyncFailsTheFutureWhenTheRequestCannotBeBuilt() {
        try (TestServer server = TestServer.start()) {
            ApiExecutor executor = TestClients.executor(server);
            var value = executor.valueAsync(
                    () -> ApiRequest.builder("GET", "/tags/{id}").build(), Tag.class);
            var nothing = executor.valueAsync(() -> {
                throw new IllegalArgumentException("deleteTag needs an id");
            });

            assertThat(TestClients.asyncFailure(value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("id");
            assertThat(TestClients.asyncFailure(nothing)).hasMessage("deleteTag needs an id");
            assertThat(server.requestCount()).isZero();
        }
    }

    @Test
    void valueAsyncDecodesAGenericValue() throws Exception {
        try (TestServer server = TestServer.start()) {
            server.enqueue(Reply.ok("[" + TAG + "]"));

            List<Tag> tags = TestClients.executor(server)
                    .valueAsync(() -> ApiRequest.builder("GET", "/tags").build(), new TypeReference<List<Tag>>() {})
                    .get(10, TimeUnit.SECONDS);

            assertThat(tags).extracting(Tag::title).containsExactly("Customer");
        }
    }

    @Test
    void valueAsyncWithoutATypeCompletesWithNullAfterTheRequest() throws Exception {
        try (TestServer server = TestServer.start()) {
            server.enqueue(Reply.ok("{\"message\":\"Tag deleted\"}"));

            Void done = TestClients.executor(server)
                    .valueAsync(() -> ApiRequest.builder("DELETE", "/tags/3").build())
                    .get(10, TimeUnit.SECONDS);

            assertThat(done).isNull();
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void successCarriesTheWholeResponse() throws Exception {
        try (TestServer server = TestServer.start()) {
            server.enqueue(Reply.ok(TAG).header("X-WP-Total", "1"));

            ApiResponse<Tag> response = TestClients.executor(server)
                    .executeAsync(ApiRequest.builder("GET", "/tags/3").build(), Tag.class)
                    .get(10, TimeUnit.SECONDS);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.rawBody()).isEqualTo(TAG);
            assertThat(response.headers().firstValue("x-wp-total")).contains("1");
            assertThat(response.value().additionalProperties()).containsKey("__bench");
        }
    }

    @Test
    void badRequestDescriptionFailsTheFutureInsteadOfThrowing() {
        try (TestServer server = TestServer.start()) {
            var future = TestClients.executor(server)
                    .executeAsync(ApiRequest.builder("GET", "/tags/{id}").build(), Tag.class);

            assertThat(TestClients.asyncFailure(future))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("id");
            assertThat(server.requestCount()).isZero();
        }
    }
}
