package dev.fluentcrm.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fluentcrm.runtime.error.ApiConnectionException;
import dev.fluentcrm.runtime.error.ServerException;
import dev.fluentcrm.runtime.testing.TestClients;
import dev.fluentcrm.runtime.testing.TestServer;
import dev.fluentcrm.runtime.testing.TestServer.Reply;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Default headers of a client, and per-call options (timeout, headers, retries) on a view of it. */
class RequestOptionsTest {
    private final TestServer server = TestServer.start();
    private final ApiRequest get = ApiRequest.builder("GET", "/tags").build();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void defaultHeadersGoWithEveryCallAndPerCallHeadersWinButNeverOverTheCredentials() {
        server.dispatch(r -> Reply.ok("{}"));
        ApiExecutor client = new ApiExecutor(TestClients.options(server)
                .defaultHeader("X-Tenant", "acme")
                .defaultHeader("X-Trace", "default")
                .defaultHeader("Authorization", "Bearer not-this")
                .build());
        ApiExecutor view = client.withOptions(RequestOptions.builder()
                .header("X-Trace", "per-call")
                .header("X-Request-Id", "r-1")
                .header("Authorization", "Bearer nor-this")
                .build());

        view.execute(get, JsonNode.class);
        client.execute(get, JsonNode.class);

        TestServer.Recorded viaView = server.request(0);
        assertThat(viaView.header("X-Tenant")).isEqualTo("acme");
        assertThat(viaView.header("X-Trace")).isEqualTo("per-call");
        assertThat(viaView.header("X-Request-Id")).isEqualTo("r-1");
        assertThat(viaView.headers().get("authorization")).hasSize(1);
        assertThat(viaView.header("Authorization")).startsWith("Basic ");
        TestServer.Recorded viaClient = server.request(1);
        assertThat(viaClient.header("X-Trace")).isEqualTo("default");
        assertThat(viaClient.header("X-Request-Id")).isNull();
        assertThat(viaClient.header("Authorization")).startsWith("Basic ");
    }

    @Test
    void aPerCallTimeoutAppliesToTheViewOnly() {
        server.dispatch(r -> Reply.ok("{}").delayed(Duration.ofMillis(700)));
        ApiExecutor client = TestClients.executor(server, RetryPolicy.none());
        ApiExecutor impatient = client.withOptions(
                RequestOptions.builder().timeout(Duration.ofMillis(100)).build());

        Throwable thrown = TestClients.failure(() -> impatient.execute(get, JsonNode.class));
        Throwable async = TestClients.asyncFailure(impatient.executeAsync(get, JsonNode.class));

        assertThat(thrown).isInstanceOf(ApiConnectionException.class);
        assertThat(((ApiConnectionException) thrown).isTimeout()).isTrue();
        assertThat(thrown).hasMessageContaining("within 100 ms");
        assertThat(((ApiConnectionException) async).isTimeout()).isTrue();
        // The client itself keeps its 5 s.
        assertThat(client.execute(get, JsonNode.class).statusCode()).isEqualTo(200);
    }

    @Test
    void perCallRetriesReplaceTheClientsPolicy() {
        server.dispatch(r -> Reply.json(503, "{\"message\":\"busy\"}"));
        ApiExecutor client = TestClients.executor(server); // three attempts

        TestClients.failure(() -> client.execute(get, JsonNode.class));
        assertThat(server.requestCount()).isEqualTo(3);

        Throwable once = TestClients.failure(
                () -> client.withOptions(RequestOptions.builder().maxRetries(0).build())
                        .execute(get, JsonNode.class));
        assertThat(once).isInstanceOf(ServerException.class);
        assertThat(server.requestCount()).isEqualTo(4);

        TestClients.failure(() -> client.withOptions(RequestOptions.builder()
                        .retryPolicy(TestClients.fastRetries(2))
                        .build())
                .execute(get, JsonNode.class));
        assertThat(server.requestCount()).isEqualTo(6);

        TestClients.asyncFailure(
                client.withOptions(RequestOptions.builder().maxRetries(0).build())
                        .executeAsync(get, JsonNode.class));
        assertThat(server.requestCount()).isEqualTo(7);
    }

    @Test
    void optionsMergeLaterOnTop() {
        RequestOptions base = RequestOptions.builder()
                .timeout(Duration.ofSeconds(3))
                .headers(Map.of("A", "1", "B", "1"))
                .build();
        RequestOptions merged =
                base.merge(RequestOptions.builder().header("B", "2").build());

        assertThat(merged.timeout()).hasValue(Duration.ofSeconds(3));
        assertThat(merged.headers()).containsEntry("A", "1").containsEntry("B", "2");
        assertThat(merged.retryPolicy()).isEmpty();
        assertThat(RequestOptions.none().merge(base)).isSameAs(base);
        assertThat(RequestOptions.builder().build()).isSameAs(RequestOptions.none());
        ApiExecutor client = TestClients.executor(server);
        assertThat(client.withOptions(base)
                        .withOptions(RequestOptions.builder().maxRetries(1).build())
                        .requestOptions()
                        .timeout())
                .hasValue(Duration.ofSeconds(3));
        assertThat(client.requestOptions()).isSameAs(RequestOptions.none());
    }

    @Test
    void headersJavaSetsItselfAreRefusedWhenSetAndSecretsAreHiddenInToString() {
        assertThatThrownBy(() -> RequestOptions.builder().header("Host", "evil.example"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientOptions.builder().defaultHeader("Content-Length", "3"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RequestOptions.builder()
                        .header("X-Api-Key", "k-secret")
                        .header("X-Tenant", "acme")
                        .build()
                        .toString())
                .contains("X-Api-Key=****")
                .contains("X-Tenant=acme")
                .doesNotContain("k-secret");
    }
}
