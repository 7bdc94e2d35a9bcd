package dev.fluentcrm.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fluentcrm.runtime.error.ApiConnectionException;
import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.error.NotFoundException;
import dev.fluentcrm.runtime.error.ValidationException;
import dev.fluentcrm.runtime.testing.TestClients;
import dev.fluentcrm.runtime.testing.TestServer;
import dev.fluentcrm.runtime.testing.TestServer.Reply;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What an exception says about the call: the method and the full URL called, query included,
 * secrets never; what the server answered even without a message key; and, when nothing
 * answered, the host and port tried.
 */
class ErrorMessagesTest {
    private final TestServer server = TestServer.start();
    private final ApiRequest points = ApiRequest.builder("GET", "/loyalty/points/{contact_id}")
            .path("contact_id", 7)
            .query("with[]", "history")
            .query("search", "ada lovelace")
            .build();

    @AfterEach
    void stop() {
        server.close();
    }

    private String api() {
        return server.siteUrl() + "/wp-json/fluent-crm/v2";
    }

    @Test
    void theMessageNamesTheMethodAndTheFullUrlCalled() {
        server.enqueue(Reply.json(404, "{\"code\":\"rest_no_route\",\"message\":\"No route was found\"}"));

        Throwable thrown =
                TestClients.failure(() -> TestClients.executor(server).execute(points, JsonNode.class));

        String call = "GET " + api() + "/loyalty/points/7?with%5B%5D=history&search=ada+lovelace";
        assertThat(thrown)
                .isInstanceOf(NotFoundException.class)
                .hasMessage(call + " failed with HTTP 404 (rest_no_route): No route was found");
        assertThat(((FluentCrmException) thrown).call()).hasValue(call);
    }

    @Test
    void theAsynchronousFormSaysTheSame() {
        server.enqueue(Reply.json(404, "{\"message\":\"Nope\"}"));

        Throwable thrown = TestClients.asyncFailure(TestClients.executor(server).executeAsync(points, JsonNode.class));

        assertThat(thrown)
                .isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("GET " + api() + "/loyalty/points/7?with%5B%5D=history&search=ada+lovelace");
    }

    @Test
    void queryValuesWhoseNamesLookSecretAreHiddenTheRestIsShown() {
        server.enqueue(Reply.json(403, "{\"message\":\"Sorry\"}"));
        ApiRequest request = ApiRequest.builder("GET", "/webhook")
                .query("api_key", "k-123456")
                .query("_wpnonce", "abc123nonce")
                .query("access_token", "t-987654")
                .query("author", "ada")
                .build();

        Throwable thrown =
                TestClients.failure(() -> TestClients.executor(server).execute(request, JsonNode.class));

        assertThat(thrown.getMessage())
                .contains("GET " + api() + "/webhook?api_key=****&_wpnonce=****&access_token=****&author=ada ")
                .doesNotContain("k-123456")
                .doesNotContain("abc123nonce")
                .doesNotContain("t-987654");
        // The server did get them.
        assertThat(server.request(0).query("api_key")).isEqualTo("k-123456");
    }

    @Test
    void aBodyWithOnlyANonStandardKeyStillAppearsInTheMessage() {
        server.enqueue(Reply.json(422, "{\"status\":\"disabled\"}"));

        Throwable thrown =
                TestClients.failure(() -> TestClients.executor(server).execute(points, JsonNode.class));

        assertThat(thrown)
                .isInstanceOf(ValidationException.class)
                .hasMessageEndingWith("failed with HTTP 422: {\"status\":\"disabled\"}");
        assertThat(((FluentCrmException) thrown).serverMessage()).isEmpty();
    }

    @Test
    void aLongBodyWithoutAMessageIsCut() {
        server.enqueue(Reply.json(409, "{\"items\": [" + "1, ".repeat(500) + "1]}"));

        Throwable thrown =
                TestClients.failure(() -> TestClients.executor(server).execute(points, JsonNode.class));

        assertThat(thrown.getMessage())
                .contains("failed with HTTP 409: {\"items\": [1, 1,")
                .endsWith("...");
        assertThat(thrown.getMessage().length()).isLessThan(600);
    }

    @Test
    void aRefusedConnectionNamesTheHostAndPort() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ApiExecutor executor = new ApiExecutor(ClientOptions.builder()
                .siteUrl("http://127.0.0.1:" + port)
                .applicationPassword(TestClients.USER, TestClients.PASSWORD)
                .retryPolicy(RetryPolicy.none())
                .build());

        Throwable thrown = TestClients.failure(() -> executor.execute(points, JsonNode.class));
        Throwable async = TestClients.asyncFailure(executor.executeAsync(points, JsonNode.class));

        for (Throwable failure : new Throwable[] {thrown, async}) {
            assertThat(failure)
                    .isInstanceOf(ApiConnectionException.class)
                    .hasMessageStartingWith("GET http://127.0.0.1:" + port + "/wp-json/fluent-crm/v2/loyalty/points/7?")
                    .hasMessageContaining("could not connect to 127.0.0.1:" + port);
        }
    }

    @Test
    void urlsAreShownWithoutUserInfoOrSecretValues() {
        assertThat(Redaction.url(URI.create("https://bob:hunter22@example.com/wp-json/x?password=hunter22&page=2")))
                .isEqualTo("https://****@example.com/wp-json/x?password=****&page=2");
        assertThat(Redaction.url(URI.create("https://example.com/?rest_route=/fluent-crm/v2/tags&token=x#top")))
                .isEqualTo("https://example.com/?rest_route=/fluent-crm/v2/tags&token=****#top");
        assertThat(Redaction.isSecretName("author")).isFalse();
        assertThat(Redaction.isSecretName("X-WP-Nonce")).isTrue();
        assertThat(Redaction.isSecretHeader("Cookie")).isTrue();
    }
}
