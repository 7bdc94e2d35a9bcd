package dev.fluentcrm.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluentcrm.server.auth.Authenticator;
import dev.fluentcrm.server.http.ServerRequest;
import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.route.Router;
import dev.fluentcrm.server.validate.Schema;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bodies above the limit are refused with WordPress-style JSON, without taking the server down. */
@Timeout(60)
class BodyLimitTest {
    private static final int LIMIT = 1024;

    private TestHttp http;

    @BeforeEach
    void start() {
        http = new TestHttp(Router.builder()
                .authenticator(Authenticator.anyone())
                .maxBodyBytes(LIMIT)
                .route(Route.builder("POST", "/notes", "createNote")
                        .body(Schema.any(), false)
                        .handle(call -> "ok"))
                .build());
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private static String jsonOfLength(int bytes) {
        char[] filler = new char[bytes - 2];
        Arrays.fill(filler, 'x');
        return "\"" + new String(filler) + "\"";
    }

    private static void assertTooLarge(TestHttp.Answer answer) {
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json())
                .isEqualTo(TestHttp.json(
                        "{\"code\":\"rest_request_too_large\"," + "\"message\":\"The request body is larger than "
                                + LIMIT + " bytes.\",\"data\":{\"status\":413}}"));
    }

    @Test
    void aBodyAtTheLimitIsRead() {
        TestHttp.Answer answer = http.postJson("/notes", jsonOfLength(LIMIT));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("\"ok\"");
    }

    @Test
    void aBodyAboveTheLimitIs413() {
        assertTooLarge(http.postJson("/notes", jsonOfLength(LIMIT + 1)));
        assertTooLarge(http.postJson("/notes", jsonOfLength(256 * 1024)));
        assertThat(http.postJson("/notes", "1").status())
                .as("the server still answers")
                .isEqualTo(200);
    }

    @Test
    void aChunkedBodyAboveTheLimitIs413() {
        byte[] body = jsonOfLength(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        // ofInputStream has no known length, so the client sends it chunked.
        assertTooLarge(http.send(
                "POST",
                "/notes",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)),
                "Content-Type",
                "application/json"));
    }

    @Test
    void aFloodIsAnsweredWithoutWaitingForItsEnd() throws Exception {
        // Claims 1 GB and sends 24 MB, reading the answer while it writes, as a real client does:
        // the server must answer 413 in JSON before the body ends; a closed connection fails.
        String answer = RawSocket.sendWhileReading(
                http.server.port(),
                "POST " + Router.API_PREFIX + "/notes HTTP/1.1\r\n"
                        + "Host: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n",
                24L * 1024 * 1024);

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer.toLowerCase(Locale.ROOT)).contains("content-type: application/json");
        assertThat(answer).contains("\"code\":\"rest_request_too_large\"");
        assertThat(http.postJson("/notes", "1").status()).isEqualTo(200);
    }

    @Test
    void theRouterChecksTheLimitToo() {
        Router router = Router.builder()
                .authenticator(Authenticator.anyone())
                .maxBodyBytes(4)
                .route(Route.builder("POST", "/notes", "createNote")
                        .body(Schema.any(), false)
                        .handle(call -> "ok"))
                .build();

        var answer = router.handle(new ServerRequest(
                "POST",
                Router.API_PREFIX + "/notes",
                null,
                Map.of("Content-Type", List.of("application/json")),
                "\"12345\"".getBytes(StandardCharsets.UTF_8)));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(TestHttp.json(answer.bodyText()).get("code").asText()).isEqualTo("rest_request_too_large");
    }
}
