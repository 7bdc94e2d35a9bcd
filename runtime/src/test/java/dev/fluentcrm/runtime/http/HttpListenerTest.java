package dev.fluentcrm.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fluentcrm.runtime.error.ApiConnectionException;
import dev.fluentcrm.runtime.testing.TestClients;
import dev.fluentcrm.runtime.testing.TestServer;
import dev.fluentcrm.runtime.testing.TestServer.Reply;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The logging hook sees every attempt and answer, and never the Application Password. */
class HttpListenerTest {
    private static final String TOKEN = Base64.getEncoder()
            .encodeToString((TestClients.USER + ":" + TestClients.PASSWORD).getBytes(StandardCharsets.UTF_8));

    private final TestServer server = TestServer.start();
    private final List<Object> events = Collections.synchronizedList(new ArrayList<>());
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    /** Records every event, and logs them as text too. */
    private final HttpListener recorder = new HttpListener() {
        private final HttpListener text = HttpListener.logTo(log::add, true);

        @Override
        public void onRequest(Request request) {
            events.add(request);
            text.onRequest(request);
        }

        @Override
        public void onResponse(Response response) {
            events.add(response);
            text.onResponse(response);
        }

        @Override
        public void onFailure(Request request, Throwable failure) {
            events.add(failure);
            text.onFailure(request, failure);
        }
    };

    @AfterEach
    void stop() {
        server.close();
    }

    private ApiExecutor executor(ClientOptions.Builder options) {
        return new ApiExecutor(options.httpListener(recorder).build());
    }

    @Test
    void seesRequestAndResponseWithHeadersButNeverTheAuthorizationHeader() {
        // A server that echoes the credentials back, as some error pages do.
        server.enqueue(Reply.ok("{\"id\":1,\"echo\":\"" + TOKEN + " " + TestClients.PASSWORD + "\"}")
                .header("Set-Cookie", "wordpress_logged_in=abc123; HttpOnly")
                .header("X-WP-Total", "1"));
        ApiExecutor executor = executor(TestClients.options(server)
                .defaultHeader("Cookie", "wordpress_sec=def456")
                .defaultHeader("X-Tenant", "acme"));

        executor.execute(
                ApiRequest.builder("POST", "/tags")
                        .query("_wpnonce", "n0nce42")
                        .body(Map.of("title", "VIP"))
                        .build(),
                JsonNode.class);

        assertThat(events).hasSize(2);
        HttpListener.Request request = (HttpListener.Request) events.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.url()).isEqualTo(server.siteUrl() + "/wp-json/fluent-crm/v2/tags?_wpnonce=****");
        assertThat(request.headers()).containsEntry("Authorization", List.of("****"));
        assertThat(request.headers()).containsEntry("Cookie", List.of("****"));
        assertThat(request.headers()).containsEntry("X-Tenant", List.of("acme"));
        assertThat(request.headers().get("User-Agent"))
                .singleElement()
                .asString()
                .startsWith("fluentcrm-java/");
        assertThat(request.body()).isEqualTo("{\"title\":\"VIP\"}");
        assertThat(request.attempt()).isEqualTo(1);
        HttpListener.Response response = (HttpListener.Response) events.get(1);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.request()).isSameAs(request);
        assertThat(response.headers().get("set-cookie")).containsExactly("****");
        assertThat(response.headers().get("x-wp-total")).containsExactly("1");
        assertThat(response.body()).contains("\"id\":1").doesNotContain(TOKEN);

        String text = String.join("\n", log);
        assertThat(text)
                .contains("--> POST " + server.siteUrl() + "/wp-json/fluent-crm/v2/tags?_wpnonce=****")
                .containsIgnoringCase("authorization: ****")
                .contains("X-Tenant: acme")
                .contains("{\"title\":\"VIP\"}")
                .contains("<-- 200 POST ")
                .doesNotContain("n0nce42")
                .doesNotContain("abc123")
                .doesNotContain("def456")
                .doesNotContain("Basic ");
        TestClients.assertNoSecret(text);
        events.forEach(event -> TestClients.assertNoSecret(event.toString()));
        // The server did get the real header.
        assertThat(server.request(0).header("Authorization")).isEqualTo("Basic " + TOKEN);
    }

    @Test
    void everyAttemptIsSeenAsyncToo() throws Exception {
        server.enqueue(Reply.json(503, "{\"message\":\"busy\"}"), Reply.ok("{}"));

        executor(TestClients.options(server))
                .executeAsync(ApiRequest.builder("GET", "/tags").build(), JsonNode.class)
                .get(5, TimeUnit.SECONDS);

        assertThat(events).hasSize(4);
        assertThat(((HttpListener.Request) events.get(0)).attempt()).isEqualTo(1);
        assertThat(((HttpListener.Response) events.get(1)).statusCode()).isEqualTo(503);
        assertThat(((HttpListener.Request) events.get(2)).attempt()).isEqualTo(2);
        assertThat(((HttpListener.Response) events.get(3)).statusCode()).isEqualTo(200);
        assertThat(log.get(2)).startsWith("--> GET ").contains("(attempt 2)");
        TestClients.assertNoSecret(String.join("\n", log));
    }

    @Test
    void aFailureIsSeenAndAFailingListenerDoesNotFailTheCall() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ApiExecutor refused = executor(ClientOptions.builder()
                .siteUrl("http://127.0.0.1:" + port)
                .applicationPassword(TestClients.USER, TestClients.PASSWORD)
                .retryPolicy(RetryPolicy.none()));

        TestClients.failure(
                () -> refused.execute(ApiRequest.builder("GET", "/tags").build(), JsonNode.class));

        assertThat(events).hasSize(2);
        assertThat(events.get(1)).isInstanceOf(ApiConnectionException.class);
        assertThat(log.get(1)).startsWith("<-- FAILED GET ").contains("could not connect to 127.0.0.1:" + port);

        server.enqueue(Reply.ok("{\"ok\":true}"));
        Thread.UncaughtExceptionHandler previous = Thread.currentThread().getUncaughtExceptionHandler();
        List<Throwable> reported = new ArrayList<>();
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> reported.add(e));
        try {
            ApiExecutor broken = new ApiExecutor(TestClients.options(server)
                    .httpListener(new HttpListener() {
                        @Override
                        public void onRequest(Request request) {
                            throw new IllegalStateException("listener bug");
                        }
                    })
                    .build());
            assertThat(broken.execute(ApiRequest.builder("GET", "/tags").build(), JsonNode.class)
                            .value()
                            .get("ok")
                            .asBoolean())
                    .isTrue();
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(previous);
        }
        assertThat(reported).singleElement().hasToString("java.lang.IllegalStateException: listener bug");
    }
}
