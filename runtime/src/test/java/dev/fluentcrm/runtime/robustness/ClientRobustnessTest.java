package dev.fluentcrm.runtime.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluentcrm.runtime.error.ApiConnectionException;
import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.error.NotFoundException;
import dev.fluentcrm.runtime.error.ServerException;
import dev.fluentcrm.runtime.error.UnauthorizedException;
import dev.fluentcrm.runtime.error.UnexpectedResponseException;
import dev.fluentcrm.runtime.error.ValidationException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.ClientOptions;
import dev.fluentcrm.runtime.http.RetryPolicy;
import dev.fluentcrm.runtime.testing.Models.Tag;
import dev.fluentcrm.runtime.testing.TestClients;
import dev.fluentcrm.runtime.testing.TestServer;
import dev.fluentcrm.runtime.testing.TestServer.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile answers the other runtime tests leave out: a body that stalls after the headers, a
 * timed-out POST, bursts of 5xx HTML pages longer and shorter than the retry budget, broken
 * JSON in error answers and PHP notices before JSON, a login redirect on a write, and a server
 * that echoes the credentials back. Each ends in the right typed exception, retries only what is
 * safe, and no message shows the Application Password.
 */
@Timeout(30)
class ClientRobustnessTest {
    private static final String TAG = "{\"id\":3,\"title\":\"Customer\"}";
    private static final String MAINTENANCE =
            "<!DOCTYPE html><html><head><title>Briefly unavailable for scheduled maintenance</title></head>"
                    + "<body><p>Briefly unavailable for scheduled maintenance. Check back in a minute.</p></body></html>";
    private static final String BAD_GATEWAY =
            "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
                    + "<hr><center>nginx</center></body></html>";

    private final TestServer server = TestServer.start();
    private final ApiRequest get =
            ApiRequest.builder("GET", "/tags/{id}").path("id", 3).build();
    private final ApiRequest post =
            ApiRequest.builder("POST", "/tags").body(Map.of("title", "VIP")).build();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aBodyThatStallsAfterTheHeadersTimesOutInsteadOfHanging() throws Exception {
        try (StalledServer stalled = new StalledServer(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n", "{\"id\":3,")) {
            ApiExecutor executor = new ApiExecutor(ClientOptions.builder()
                    .siteUrl(stalled.siteUrl())
                    .applicationPassword(TestClients.USER, TestClients.PASSWORD)
                    .requestTimeout(Duration.ofMillis(500))
                    .retryPolicy(RetryPolicy.none())
                    .build());
            // A hang is caught by the class's @Timeout; what is asserted is that the deadline was the cause.
            Throwable thrown = TestClients.failure(() -> executor.execute(get, Tag.class));

            assertThat(Thread.currentThread().isInterrupted())
                    .as("the deadline's interrupt is not left behind")
                    .isFalse();
            assertThat(thrown).isInstanceOf(ApiConnectionException.class);
            assertThat(((ApiConnectionException) thrown).isTimeout()).isTrue();
            assertThat(stalled.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void aStalledBodyTimesOutAsynchronouslyToo() throws Exception {
        try (StalledServer stalled = new StalledServer(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n", "{")) {
            ApiExecutor executor = new ApiExecutor(ClientOptions.builder()
                    .siteUrl(stalled.siteUrl())
                    .applicationPassword(TestClients.USER, TestClients.PASSWORD)
                    .requestTimeout(Duration.ofMillis(300))
                    .retryPolicy(RetryPolicy.none())
                    .build());

            Throwable thrown = TestClients.asyncFailure(executor.executeAsync(get, Tag.class));

            assertThat(thrown).isInstanceOf(ApiConnectionException.class);
            assertThat(((ApiConnectionException) thrown).isTimeout()).isTrue();
        }
    }

    @Test
    void aStalledBodyIsRetriedForGetOnly() throws Exception {
        try (StalledServer stalled = new StalledServer(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n", "{")) {
            ClientOptions.Builder options = ClientOptions.builder()
                    .siteUrl(stalled.siteUrl())
                    .applicationPassword(TestClients.USER, TestClients.PASSWORD)
                    .requestTimeout(Duration.ofMillis(300))
                    .retryPolicy(TestClients.fastRetries(2));

            assertThat(TestClients.failure(() -> new ApiExecutor(options.build()).execute(get, Tag.class)))
                    .isInstanceOf(ApiConnectionException.class);
            assertThat(stalled.requestCount()).isEqualTo(2);
            assertThat(TestClients.failure(() -> new ApiExecutor(options.build()).execute(post, Tag.class)))
                    .isInstanceOf(ApiConnectionException.class);
            assertThat(stalled.requestCount()).as("the POST is sent once").isEqualTo(3);
        }
    }

    @Test
    void aTimedOutPostIsNotRetried() {
        server.dispatch(r -> Reply.ok(TAG).delayed(Duration.ofSeconds(2)));
        ApiExecutor executor = new ApiExecutor(TestClients.options(server)
                .requestTimeout(Duration.ofMillis(200))
                .retryPolicy(TestClients.fastRetries(3))
                .build());

        Throwable thrown = TestClients.failure(() -> executor.execute(post, Tag.class));

        assertThat(thrown).isInstanceOf(ApiConnectionException.class);
        assertThat(((ApiConnectionException) thrown).isTimeout()).isTrue();
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aBurstOfHtmlErrorPagesShorterThanTheRetryBudgetEndsInSuccess() {
        server.enqueue(
                Reply.html(503, MAINTENANCE),
                Reply.html(502, BAD_GATEWAY),
                Reply.html(504, "<html><body>Gateway Time-out</body></html>"),
                Reply.ok(TAG));

        ApiResponse<Tag> response =
                TestClients.executor(server, TestClients.fastRetries(4)).execute(get, Tag.class);

        assertThat(response.value().id()).isEqualTo(3L);
        assertThat(server.requestCount()).isEqualTo(4);
    }

    @Test
    void aBurstLongerThanTheBudgetEndsInTheLastErrorWithItsReadableText() {
        server.enqueue(
                Reply.html(502, BAD_GATEWAY),
                Reply.html(503, MAINTENANCE),
                Reply.html(503, MAINTENANCE),
                Reply.ok(TAG));

        Throwable thrown = TestClients.failure(
                () -> TestClients.executor(server, TestClients.fastRetries(3)).execute(get, Tag.class));

        assertThat(thrown).isInstanceOf(ServerException.class);
        FluentCrmException e = (FluentCrmException) thrown;
        assertThat(e.statusCode()).isEqualTo(503);
        assertThat(e.getMessage())
                .contains("maintenance")
                .doesNotContain("<title>")
                .doesNotContain("<!DOCTYPE");
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void aBurstOfRetryableErrorsOnAPostIsNotRetried() {
        server.enqueue(Reply.html(503, MAINTENANCE), Reply.ok(TAG));

        Throwable thrown = TestClients.failure(
                () -> TestClients.executor(server, TestClients.fastRetries(5)).execute(post, Tag.class));

        assertThat(thrown).isInstanceOf(ServerException.class);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void truncatedOrMalformedJsonInErrorAnswersStillGivesTheTypedException() {
        ApiExecutor executor = TestClients.executor(server, RetryPolicy.none());
        server.enqueue(
                Reply.json(422, "{\"email\":{\"unique\":\"The email has alrea"),
                Reply.json(404, "{\"message\":\"Not fo"),
                Reply.json(500, "{\"code\":\"internal_server_error\",\"message\":"),
                Reply.json(401, "{code: rest_not_logged_in}"));

        assertThat(TestClients.failure(() -> executor.execute(post, Tag.class)))
                .isInstanceOf(ValidationException.class);
        assertThat(TestClients.failure(() -> executor.execute(get, Tag.class))).isInstanceOf(NotFoundException.class);
        assertThat(TestClients.failure(() -> executor.execute(get, Tag.class))).isInstanceOf(ServerException.class);
        assertThat(TestClients.failure(() -> executor.execute(get, Tag.class)))
                .isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void phpNoticesPrintedBeforeTheJsonAreAnUnexpectedResponseThatSaysWhat() {
        String notice =
                "<br />\n<b>Deprecated</b>:  Creation of dynamic property FluentCrm\\App\\Models\\Subscriber::$x is deprecated in "
                        + "<b>/var/www/html/wp-content/plugins/fluent-crm/app/Models/Model.php</b> on line <b>42</b><br />\n";
        server.enqueue(Reply.ok(notice + TAG));

        Throwable thrown = TestClients.failure(
                () -> TestClients.executor(server, RetryPolicy.none()).execute(get, Tag.class));

        assertThat(thrown)
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("GET http://127.0.0.1:")
                .hasMessageContaining("/wp-json/fluent-crm/v2/tags/3")
                .hasMessageContaining("200");
        assertThat(((FluentCrmException) thrown).rawBody())
                .hasValueSatisfying(body -> assertThat(body).contains("Deprecated"));
    }

    @Test
    void aLoginRedirectOnAWriteIsUnauthorizedNotFollowedAndNotRetried() {
        server.enqueue(
                Reply.html(302, "<html><body>Moved</body></html>")
                        .header("Location", server.siteUrl() + "/wp-login.php?redirect_to=%2Fwp-json"),
                Reply.ok(TAG));

        Throwable thrown = TestClients.failure(
                () -> TestClients.executor(server, TestClients.fastRetries(3)).execute(post, Tag.class));

        assertThat(thrown).isInstanceOf(UnauthorizedException.class);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void credentialsEchoedBackByTheServerDoNotReachAnyMessage() {
        String token = Base64.getEncoder()
                .encodeToString((TestClients.USER + ":" + TestClients.PASSWORD).getBytes(StandardCharsets.UTF_8));
        server.enqueue(
                Reply.html(
                        500,
                        "<html><head><title>Debug: Authorization: Basic " + token + "</title></head><body>password="
                                + TestClients.PASSWORD + "</body></html>"),
                Reply.json(
                        400,
                        "{\"code\":\"rest_invalid_param\",\"message\":\"Invalid header Authorization: Basic " + token
                                + "\"}"),
                Reply.json(422, "{\"password\":{\"invalid\":\"" + TestClients.PASSWORD + " is not accepted\"}}"));
        ApiExecutor executor = TestClients.executor(server, RetryPolicy.none());

        // TestClients.failure checks message, toString and stack trace of the exception and its causes.
        assertThat(TestClients.failure(() -> executor.execute(get, Tag.class))).isInstanceOf(ServerException.class);
        assertThat(TestClients.failure(() -> executor.execute(get, Tag.class))).isInstanceOf(FluentCrmException.class);
        assertThat(TestClients.failure(() -> executor.execute(post, Tag.class)))
                .isInstanceOf(ValidationException.class);
    }
}
