package dev.fluentcrm.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.error.RateLimitedException;
import dev.fluentcrm.runtime.error.ServerException;
import dev.fluentcrm.runtime.testing.Models.Tag;
import dev.fluentcrm.runtime.testing.TestClients;
import dev.fluentcrm.runtime.testing.TestServer;
import dev.fluentcrm.runtime.testing.TestServer.Reply;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which answers are tried again, how often, and how long the client waits. */
class RetryTest {
    private static final String TAG = "{\"id\":3,\"title\":\"Customer\"}";

    private final TestServer server = TestServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private static ApiRequest request(String method) {
        ApiRequest.Builder builder = ApiRequest.builder(method, "/tags/{id}").path("id", 3);
        return method.equals("GET") || method.equals("DELETE")
                ? builder.build()
                : builder.body(Map.of("title", "Customer")).build();
    }

    @ParameterizedTest(name = "GET after {0}")
    @ValueSource(ints = {429, 502, 503, 504})
    void getIsRetriedOnTransientStatuses(int status) {
        server.enqueue(Reply.json(status, "{\"message\":\"busy\"}"), Reply.ok(TAG));

        ApiResponse<Tag> response = TestClients.executor(server).execute(request("GET"), Tag.class);

        assertThat(response.value().id()).isEqualTo(3L);
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void retriesUntilSuccessWithinTheAttempts() {
        server.enqueue(Reply.status(503), Reply.status(502), Reply.status(504), Reply.ok(TAG));

        ApiResponse<Tag> response =
                TestClients.executor(server, TestClients.fastRetries(4)).execute(request("GET"), Tag.class);

        assertThat(response.value().title()).isEqualTo("Customer");
        assertThat(server.requestCount()).isEqualTo(4);
    }

    @Test
    void exactlyMaxAttemptsThenTheError() {
        server.dispatch(r -> Reply.json(503, "{\"message\":\"Service Unavailable\"}"));

        Throwable thrown = TestClients.failure(
                () -> TestClients.executor(server, TestClients.fastRetries(4)).execute(request("GET"), Tag.class));

        assertThat(thrown).isInstanceOf(ServerException.class);
        assertThat(((FluentCrmException) thrown).statusCode()).isEqualTo(503);
        assertThat(((FluentCrmException) thrown).serverMessage()).contains("Service Unavailable");
        assertThat(server.requestCount()).isEqualTo(4);
    }

    @Test
    void tooManyRequestsGivesUpAfterTheAttempts() {
        server.dispatch(r -> Reply.json(429, "{\"message\":\"slow down\"}"));

        Throwable thrown = TestClients.failure(
                () -> TestClients.executor(server, TestClients.fastRetries(2)).execute(request("GET"), Tag.class));

        assertThat(thrown).isInstanceOf(RateLimitedException.class);
        assertThat(((FluentCrmException) thrown).statusCode()).isEqualTo(429);
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void noRetryPolicyMeansOneAttempt() {
        server.dispatch(r -> Reply.status(503));

        TestClients.failure(
                () -> TestClients.executor(server, RetryPolicy.none()).execute(request("GET"), Tag.class));

        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void postIsNotRetried() {
        server.enqueue(Reply.status(503), Reply.ok(TAG));

        Throwable thrown =
                TestClients.failure(() -> TestClients.executor(server).execute(request("POST"), Tag.class));

        assertThat(thrown).isInstanceOf(ServerException.class);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void postIsRetriedWhenAllowed() {
        server.enqueue(Reply.status(503), Reply.ok(TAG));
        RetryPolicy policy = RetryPolicy.builder()
                .maxAttempts(3)
                .initialDelay(Duration.ofMillis(1))
                .retryNonIdempotent(true)
                .build();

        ApiResponse<Tag> response = TestClients.executor(server, policy).execute(request("POST"), Tag.class);

        assertThat(response.value().id()).isEqualTo(3L);
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(server.request(1).body()).isEqualTo(server.request(0).body()).contains("Customer");
    }

    @ParameterizedTest(name = "{0} is idempotent")
    @ValueSource(strings = {"PUT", "DELETE"})
    void putAndDeleteAreRetried(String method) {
        server.enqueue(Reply.status(502), Reply.ok(TAG));

        TestClients.executor(server).execute(request(method), Tag.class);

        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(server.requests()).extracting(TestServer.Recorded::method).containsOnly(method);
    }

    @ParameterizedTest(name = "{0} is never retried")
    @ValueSource(ints = {500, 501, 505, 400, 401, 403, 404, 408, 409, 422, 423})
    void otherErrorsAreNeverRetried(int status) {
        server.dispatch(r -> Reply.json(status, "{\"message\":\"no\"}"));

        Throwable thrown =
                TestClients.failure(() -> TestClients.executor(server).execute(request("GET"), Tag.class));

        assertThat(((FluentCrmException) thrown).statusCode()).isEqualTo(status);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    // The pauses below are checked as the policy decides them (counts and values, never a clock):
    // the end-to-end calls show that the decision is what the executor acts on.

    @Test
    void retryAfterZeroReplacesTheBackoff() {
        // The backoff alone would wait 10 to 20 seconds.
        RetryPolicy slow = RetryPolicy.builder()
                .maxAttempts(2)
                .initialDelay(Duration.ofSeconds(20))
                .maxDelay(Duration.ofSeconds(30))
                .build();
        assertThat(slow.delayBeforeRetry(1, RetryAfter.parse("0"))).isEqualTo(Duration.ZERO);
        assertThat(slow.delayBeforeRetry(1, null)).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(20));
        server.enqueue(Reply.status(503).header("Retry-After", "0"), Reply.ok(TAG));

        TestClients.executor(server, slow).execute(request("GET"), Tag.class);

        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void retryAfterSecondsIsWaited() {
        RetryPolicy policy = RetryPolicy.builder()
                .maxAttempts(2)
                .initialDelay(Duration.ofMillis(1))
                .maxDelay(Duration.ofSeconds(5))
                .build();
        assertThat(policy.delayBeforeRetry(1, RetryAfter.parse("1"))).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayBeforeRetry(1, null)).isLessThanOrEqualTo(Duration.ofMillis(1));
        server.enqueue(Reply.status(429).header("Retry-After", "1"), Reply.ok(TAG));

        TestClients.executor(server, policy).execute(request("GET"), Tag.class);

        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void retryAfterIsCappedByTheMaximumDelay() {
        // fastRetries caps every wait at 20 ms, so an hour-long Retry-After must not be waited.
        assertThat(TestClients.fastRetries(3).delayBeforeRetry(1, RetryAfter.parse("3600")))
                .isEqualTo(Duration.ofMillis(20));
        server.enqueue(Reply.status(503).header("Retry-After", "3600"), Reply.ok(TAG));

        TestClients.executor(server).execute(request("GET"), Tag.class);

        assertThat(server.requestCount()).isEqualTo(2);
    }
}
