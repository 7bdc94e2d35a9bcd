package dev.fluentcrm.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluentcrm.runtime.error.ApiConnectionException;
import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.testing.Models.Tag;
import dev.fluentcrm.runtime.testing.TestClients;
import dev.fluentcrm.runtime.testing.TestServer;
import dev.fluentcrm.runtime.testing.TestServer.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Broken connections and timeouts: no answer at all. */
class ConnectionFailureTest {
    private static final String TAG = "{\"id\":3,\"title\":\"Customer\"}";
    private final TestServer server = TestServer.start();
    private final ApiRequest get =
            ApiRequest.builder("GET", "/tags/{id}").path("id", 3).build();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void connectionDroppedMidResponseIsRetriedForGet() {
        server.enqueue(Reply.dropMidBody(), Reply.ok(TAG));

        ApiResponse<Tag> response = TestClients.executor(server).execute(get, Tag.class);

        assertThat(response.value().id()).isEqualTo(3L);
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void droppedEveryTimeIsAConnectionError() {
        server.dispatch(r -> Reply.dropMidBody());

        Throwable thrown =
                TestClients.failure(() -> TestClients.executor(server).execute(get, Tag.class));

        assertThat(thrown)
                .isInstanceOf(ApiConnectionException.class)
                .hasMessageStartingWith("GET " + server.siteUrl() + "/wp-json/fluent-crm/v2/tags/3 failed");
        ApiConnectionException e = (ApiConnectionException) thrown;
        assertThat(e.isTimeout()).isFalse();
        assertThat(e.statusCode()).isZero();
        assertThat(e.rawBody()).isEmpty();
        assertThat(e.getCause()).isInstanceOf(IOException.class);
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void droppedPostIsNotRetried() {
        server.enqueue(Reply.dropMidBody(), Reply.ok(TAG));
        ApiRequest post =
                ApiRequest.builder("POST", "/tags").body(Map.of("title", "x")).build();

        Throwable thrown =
                TestClients.failure(() -> TestClients.executor(server).execute(post, Tag.class));

        assertThat(thrown).isInstanceOf(ApiConnectionException.class);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void nobodyListeningIsAConnectionError() {
        String site = server.siteUrl();
        server.close();
        ApiExecutor executor = new ApiExecutor(ClientOptions.builder()
                .siteUrl(site)
                .applicationPassword(TestClients.USER, TestClients.PASSWORD)
                .retryPolicy(TestClients.fastRetries(2))
                .build());

        Throwable thrown = TestClients.failure(() -> executor.execute(get, Tag.class));

        assertThat(thrown).isInstanceOf(ApiConnectionException.class);
        assertThat(((ApiConnectionException) thrown).isTimeout()).isFalse();
    }

    @Test
    void slowAnswerTimesOut() {
        server.dispatch(r -> Reply.ok(TAG).delayed(Duration.ofSeconds(3)));
        ApiExecutor executor = new ApiExecutor(TestClients.options(server)
                .requestTimeout(Duration.ofMillis(200))
                .retryPolicy(RetryPolicy.none())
                .build());

        Throwable thrown = TestClients.failure(() -> executor.execute(get, Tag.class));

        assertThat(thrown).isInstanceOf(ApiConnectionException.class).hasMessageContaining("timed out");
        assertThat(((ApiConnectionException) thrown).isTimeout()).isTrue();
        assertThat(((FluentCrmException) thrown).statusCode()).isZero();
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void timeoutIsRetriedForGet() {
        server.enqueue(Reply.ok(TAG).delayed(Duration.ofSeconds(3)), Reply.ok(TAG));
        ApiExecutor executor = new ApiExecutor(TestClients.options(server)
                .requestTimeout(Duration.ofMillis(300))
                .build());

        ApiResponse<Tag> response = executor.execute(get, Tag.class);

        assertThat(response.value().id()).isEqualTo(3L);
        assertThat(server.requestCount()).isEqualTo(2);
    }
}
