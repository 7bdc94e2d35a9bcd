package dev.fluentcrm.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluentcrm.server.auth.Authenticator;
import dev.fluentcrm.server.http.ServerRequest;
import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.route.Router;
import dev.fluentcrm.server.validate.Schema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which route answers a request: literal segments before variables, method and path both. */
class RoutingTest {
    private TestHttp http;

    private static Route answering(String method, String path, String name) {
        return Route.builder(method, path, name).handle(call -> Map.of("route", name, "path", call.pathValues()));
    }

    @BeforeEach
    void start() {
        // Registered variables first, so only the router's ordering can make the literals win.
        http = new TestHttp(Router.builder()
                .authenticator(Authenticator.anyone())
                .routes(List.of(
                        answering("GET", "/subscribers/{id}", "getContact"),
                        answering("GET", "/subscribers/{id}/notes/{note_id}", "getNote"),
                        answering("GET", "/subscribers/search-contacts", "searchContacts"),
                        answering("GET", "/subscribers/{id}/notes/latest", "latestNote"),
                        answering("PUT", "/subscribers/{id}", "updateContact"),
                        answering("GET", "/subscribers", "listContacts")))
                .build());
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private String route(TestHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("route").asText();
    }

    @Test
    void aLiteralSegmentBeatsAVariable() {
        assertThat(route(http.get("/subscribers/search-contacts"))).isEqualTo("searchContacts");
        assertThat(route(http.get("/subscribers/12"))).isEqualTo("getContact");
        assertThat(route(http.get("/subscribers/12/notes/latest"))).isEqualTo("latestNote");
        assertThat(route(http.get("/subscribers/12/notes/7"))).isEqualTo("getNote");
        assertThat(route(http.get("/subscribers"))).isEqualTo("listContacts");
        assertThat(route(http.get("/subscribers/"))).as("a trailing slash").isEqualTo("listContacts");
    }

    @Test
    void pathVariablesArriveDecoded() {
        TestHttp.Answer answer = http.get("/subscribers/a%20b%2Fc/notes/%C3%BC");

        assertThat(route(answer)).isEqualTo("getNote");
        assertThat(answer.json().get("path")).isEqualTo(TestHttp.json("{\"id\":\"a b/c\",\"note_id\":\"ü\"}"));
    }

    @Test
    void theMethodSelectsAmongRoutesOfOnePath() {
        assertThat(route(http.send("PUT", "/subscribers/3", null))).isEqualTo("updateContact");
        TestHttp.Answer delete = http.send("DELETE", "/subscribers/3", null);
        assertThat(delete.status()).isEqualTo(404);
        assertThat(delete.code()).isEqualTo("rest_no_route");
    }

    @Test
    void anythingElseIs404RestNoRouteAsJson() {
        for (String path :
                List.of("/nothing", "/subscribers/1/2", "/subscribers/1/notes", "/subscribers/1/notes/2/x", "")) {
            TestHttp.Answer answer = http.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/json");
            assertThat(answer.json())
                    .isEqualTo(
                            TestHttp.json(
                                    "{\"code\":\"rest_no_route\","
                                            + "\"message\":\"No route was found matching the URL and request method.\",\"data\":{\"status\":404}}"));
        }
    }

    @Test
    void pathsOutsideTheApiPrefixAreNotRouted() {
        Router router = Router.builder()
                .authenticator(Authenticator.anyone())
                .route(Route.builder("GET", "/x", "x").handle(call -> Map.of()))
                .build();
        assertThat(router.handle(new ServerRequest("GET", "/wp-json/other/x", null, null, null))
                        .status())
                .isEqualTo(404);
        assertThat(router.handle(new ServerRequest("GET", Router.API_PREFIX + "/x", null, null, null))
                        .status())
                .isEqualTo(200);
        assertThat(router.handle(new ServerRequest("GET", Router.API_PREFIX + "x", null, null, null))
                        .status())
                .isEqualTo(404);
        assertThat(router.handle(new ServerRequest("GET", Router.API_PREFIX + "/%zz", null, null, null))
                        .status())
                .as("a path that is not valid percent-encoding")
                .isEqualTo(404);
    }

    @Test
    void aRouteWithStatus204SendsNoBodyAndKeepsTheConnection() throws Exception {
        // The JDK server logs a warning when told to send a body with a 204; there should be nothing to warn about.
        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        Logger jdkServer = Logger.getLogger("com.sun.net.httpserver");
        Handler collect = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        jdkServer.addHandler(collect);
        try (TestHttp noContent = new TestHttp(Router.builder()
                .authenticator(Authenticator.anyone())
                .route(Route.builder("DELETE", "/tags/{id}", "deleteTag")
                        .pathParam("id", Schema.integer())
                        .status(204)
                        .handle(call -> null))
                .build())) {
            for (int i = 0; i < 3; i++) {
                TestHttp.Answer answer = noContent.send("DELETE", "/tags/" + i, null);
                assertThat(answer.status()).isEqualTo(204);
                assertThat(answer.body()).isEmpty();
            }
            assertThat(RawSocket.exchangeTwice(
                            noContent.server.port(), "DELETE " + Router.API_PREFIX + "/tags/1 HTTP/1.1"))
                    .as("both answers arrive on one kept-alive connection")
                    .startsWith("HTTP/1.1 204")
                    .contains("\r\n\r\nHTTP/1.1 204");
        } finally {
            jdkServer.removeHandler(collect);
        }
        assertThat(warnings).extracting(LogRecord::getMessage).isEmpty();
    }
}
