package dev.fluentcrm.runtime.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.RetryPolicy;
import dev.fluentcrm.runtime.json.PhpJson;
import dev.fluentcrm.runtime.page.Page;
import dev.fluentcrm.runtime.testing.Models.Contact;
import dev.fluentcrm.runtime.testing.Models.Tag;
import dev.fluentcrm.runtime.testing.TestClients;
import dev.fluentcrm.runtime.testing.TestServer;
import dev.fluentcrm.runtime.testing.TestServer.Reply;
import java.net.http.HttpHeaders;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Error answers that are not FluentCRM's usual JSON: HTML pages, redirects, odd statuses, broken bodies. */
class ErrorShapesTest {
    /** What WordPress's fatal error handler prints (wp_die's default template). */
    static final String WP_FATAL_ERROR_PAGE = """
            <!DOCTYPE html>
            <html lang="en-US">
            <head>
            \t<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
            \t<meta name="viewport" content="width=device-width">
            \t<meta name='robots' content='max-image-preview:large, noindex, follow' />
            \t<title>WordPress &rsaquo; Error</title>
            \t<style type="text/css">
            \t\thtml { background: #f1f1f1; }
            \t\tbody { background: #fff; border: 1px solid #ccd0d4; color: #444; }
            \t\th1 { border-bottom: 1px solid #dadada; }
            \t</style>
            </head>
            <body id="error-page">
            \t<div class="wp-die-message"><p>There has been a critical error on this website.</p><p><a href="https://wordpress.org/support/article/faq-troubleshooting/">Learn more about troubleshooting WordPress.</a></p></div></body>
            </html>
            """;

    private final TestServer server = TestServer.start();
    private final ApiExecutor executor = TestClients.executor(server, RetryPolicy.none());
    private final ApiRequest get =
            ApiRequest.builder("GET", "/subscribers/{id}").path("id", 7).build();

    @AfterEach
    void stop() {
        server.close();
    }

    private FluentCrmException fail(Reply reply) {
        server.enqueue(reply);
        Throwable thrown = TestClients.failure(() -> executor.execute(get, Contact.class));
        assertThat(thrown).isInstanceOf(FluentCrmException.class);
        FluentCrmException e = (FluentCrmException) thrown;
        assertThat(e.statusCode()).isEqualTo(reply.status());
        assertThat(e.rawBody()).contains(reply.body());
        return e;
    }

    @Test
    void wordpressFatalErrorPageIsAServerErrorWithReadableText() {
        FluentCrmException e = fail(Reply.html(500, WP_FATAL_ERROR_PAGE));

        assertThat(e).isInstanceOf(ServerException.class);
        assertThat(e.serverMessage())
                .hasValueSatisfying(m -> assertThat(m)
                        .contains("There has been a critical error on this website.")
                        .doesNotContain("<", ">", "&rsaquo;", "background"));
        assertThat(e.getMessage()).contains("500").contains("There has been a critical error on this website.");
    }

    @Test
    void wordpressFatalErrorAsJsonHasReadableText() {
        // What wp_die() sends instead of the page when the client asks for JSON, as the SDK does.
        FluentCrmException e = fail(Reply.json(
                500,
                "{\"code\":\"internal_server_error\",\"message\":\"<p>There has been a critical error on this website.<\\/p>"
                        + "<p><a href=\\\"https:\\/\\/wordpress.org\\/documentation\\/article\\/faq-troubleshooting\\/\\\">Learn more about troubleshooting WordPress.<\\/a><\\/p>\","
                        + "\"data\":{\"status\":500},\"additional_errors\":[]}"));

        assertThat(e).isInstanceOf(ServerException.class);
        assertThat(e.errorCode()).contains("internal_server_error");
        assertThat(e.serverMessage())
                .contains(
                        "There has been a critical error on this website. Learn more about troubleshooting WordPress.");
    }

    @Test
    void jsonMessageWithAngleBracketsButNoMarkupIsKept() {
        FluentCrmException e =
                fail(Reply.json(400, "{\"message\":\"Invalid sender <noreply@example.com> &amp; more\"}"));

        assertThat(e.serverMessage()).contains("Invalid sender <noreply@example.com> &amp; more");
    }

    @Test
    void pageWithOnlyATitleGivesTheDecodedTitle() {
        FluentCrmException e = fail(
                Reply.html(
                        503,
                        "<html><head><title>Site &amp; Co &rsaquo; Maintenance &#8211; back soon</title></head><body></body></html>"));

        assertThat(e.serverMessage()).contains("Site & Co \u203A Maintenance \u2013 back soon");
    }

    @Test
    void proxyErrorPageGivesItsHeading() {
        FluentCrmException e = fail(
                Reply.html(
                        502,
                        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"));

        assertThat(e).isInstanceOf(ServerException.class);
        assertThat(e.serverMessage()).contains("502 Bad Gateway");
    }

    @Test
    void phpErrorTextWithoutPageIsKeptAsText() {
        FluentCrmException e = fail(
                Reply.html(
                        500,
                        "<br />\n<b>Fatal error</b>:  Allowed memory size of 134217728 bytes exhausted in <b>/var/www/html/wp-includes/x.php</b> on line <b>12</b><br />\n"));

        assertThat(e).isInstanceOf(ServerException.class);
        assertThat(e.serverMessage())
                .hasValueSatisfying(m -> assertThat(m)
                        .startsWith("Fatal error")
                        .contains("Allowed memory size")
                        .doesNotContain("<"));
    }

    @Test
    void emptyServerErrorHasNoMessage() {
        FluentCrmException e = fail(Reply.status(500));

        assertThat(e).isInstanceOf(ServerException.class);
        assertThat(e.serverMessage()).isEmpty();
        assertThat(e.rawBody()).contains("");
    }

    @Test
    void fluentCrmDatabaseError423IsUnexpected() {
        FluentCrmException e =
                fail(Reply.json(423, "{\"message\":\"Database error: Table 'wp_fc_subscribers' doesn't exist\"}"));

        assertThat(e).isExactlyInstanceOf(UnexpectedResponseException.class);
        assertThat(e.serverMessage()).contains("Database error: Table 'wp_fc_subscribers' doesn't exist");
    }

    @Test
    void redirectToTheLoginPageIsUnauthorized() {
        FluentCrmException e = fail(
                Reply.status(302).header("Location", server.siteUrl() + "/wp-login.php?redirect_to=%2Fwp-json%2F"));

        assertThat(e).isInstanceOf(UnauthorizedException.class);
        assertThat(e.serverMessage()).hasValueSatisfying(m -> assertThat(m).contains("login"));
        assertThat(server.requestCount()).as("the redirect is not followed").isEqualTo(1);
    }

    @Test
    void otherRedirectIsUnexpected() {
        FluentCrmException e = fail(Reply.status(301).header("Location", "https://elsewhere.example.com/"));

        assertThat(e).isExactlyInstanceOf(UnexpectedResponseException.class);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void wordpressErrorWith422HasNoFieldErrors() {
        FluentCrmException e = fail(Reply.json(
                422, "{\"code\":\"invalid_data\",\"message\":\"The data is invalid\",\"data\":{\"status\":422}}"));

        assertThat(e).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) e).fieldErrors()).isEmpty();
        assertThat(e.errorCode()).contains("invalid_data");
        assertThat(e.serverMessage()).contains("The data is invalid");
    }

    @Test
    void laravelValidationShape() {
        FluentCrmException e = fail(
                Reply.json(
                        422,
                        "{\"message\":\"The given data was invalid.\",\"errors\":{\"email\":[\"The email field is required.\"],\"title\":{\"required\":\"Title is required\"}}}"));

        assertThat(((ValidationException) e).fieldErrors())
                .isEqualTo(Map.of(
                        "email", Map.of("0", "The email field is required."),
                        "title", Map.of("required", "Title is required")));
        assertThat(e.serverMessage()).contains("The given data was invalid.");
    }

    @Test
    void truncatedJsonIn200IsUnexpectedAndNamesTheType() {
        String truncated = "{\"subscribers\":{\"total\":5,\"data\":[{\"id\":5,\"first_na";
        server.enqueue(Reply.ok(truncated));

        Throwable thrown =
                TestClients.failure(() -> executor.execute(get, new TypeReference<Page<Contact>>() {}, "/subscribers"));

        assertThat(thrown)
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("Page")
                .hasMessageContaining("Contact");
        FluentCrmException e = (FluentCrmException) thrown;
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.rawBody()).contains(truncated);
        assertThat(e.getCause()).isNotNull();
    }

    @Test
    void malformedJsonIn200IsUnexpected() {
        server.enqueue(Reply.ok("{id: 1, 'title': VIP}"));

        Throwable thrown = TestClients.failure(() -> executor.execute(get, Tag.class));

        assertThat(thrown)
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("Tag")
                .hasMessageContaining("200");
    }

    @Test
    void wrongTypeIn200SaysWhere() {
        server.enqueue(Reply.ok("{\"id\":\"not-a-number\",\"title\":\"VIP\"}"));

        Throwable thrown = TestClients.failure(() -> executor.execute(get, Tag.class));

        assertThat(thrown)
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("Tag")
                .hasMessageContaining("id");
        assertThat(((FluentCrmException) thrown).rawBody())
                .hasValueSatisfying(b -> assertThat(b).contains("not-a-number"));
    }

    @Test
    void htmlIn200IsUnexpected() {
        server.enqueue(Reply.html(200, "<html><body>Maintenance</body></html>"));

        assertThat(TestClients.failure(() -> executor.execute(get, JsonNode.class)))
                .isInstanceOf(UnexpectedResponseException.class);
    }

    @Test
    void errorMapperWorksWithoutAServerToo() {
        ErrorMapper mapper = new ErrorMapper(PhpJson.newMapper());
        HttpHeaders none = HttpHeaders.of(Map.of(), (a, b) -> true);

        assertThat(mapper.map("GET /x", 401, none, "")).isInstanceOf(UnauthorizedException.class);
        assertThat(mapper.map("GET /x", 403, none, null)).isInstanceOf(ForbiddenException.class);
        assertThat(mapper.map("GET /x", 409, none, "[]")).isExactlyInstanceOf(UnexpectedResponseException.class);
        assertThat(mapper.map("GET /x", 503, none, "{\"error\":\"busy\"}"))
                .isInstanceOf(ServerException.class)
                .satisfies(e -> assertThat(e.serverMessage()).contains("busy"));
    }
}
