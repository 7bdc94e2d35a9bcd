package dev.fluentcrm.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluentcrm.server.auth.ApplicationPasswords;
import dev.fluentcrm.server.http.ServerRequest;
import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.route.Router;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP Basic with application passwords, refused with the 401 codes WordPress sends. */
class AuthTest {
    private TestHttp http;

    @BeforeEach
    void start() {
        http = new TestHttp(Router.builder()
                .authenticator(
                        ApplicationPasswords.of("admin", "abcd efgh ijkl mnop").add("editor", "qrst uvwx"))
                .route(Route.builder("GET", "/me", "getMe").handle(call -> Map.of("user", call.user())))
                .route(Route.builder("GET", "/forms", "listForms")
                        .publicAccess()
                        .handle(call -> Map.of("user", String.valueOf(call.user()))))
                .build());
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private TestHttp.Answer me(String authorization) {
        return authorization == null ? http.get("/me") : http.get("/me", "Authorization", authorization);
    }

    @Test
    void validCredentialsAreAcceptedWithOrWithoutThePasswordsSpaces() {
        for (String authorization : new String[] {
            basic("admin:abcd efgh ijkl mnop"),
            basic("admin:abcdefghijklmnop"),
            "basic " + Base64.getEncoder().encodeToString("admin:abcd efgh ijkl mnop".getBytes(StandardCharsets.UTF_8))
        }) {
            TestHttp.Answer answer = me(authorization);
            assertThat(answer.status()).as(authorization).isEqualTo(200);
            assertThat(answer.json().get("user").asText()).isEqualTo("admin");
        }
        assertThat(me(basic("editor:qrstuvwx")).json().get("user").asText()).isEqualTo("editor");
    }

    @Test
    void missingOrUnreadableCredentialsAre401RestForbidden() {
        for (String authorization :
                new String[] {null, "Bearer abc", "Basic", "Basic !!!not-base64!!!", "Digest username=admin"}) {
            TestHttp.Answer answer = me(authorization);
            assertThat(answer.status()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(answer.code()).as(String.valueOf(authorization)).isEqualTo("rest_forbidden");
            assertThat(answer.json().at("/data/status").asInt()).isEqualTo(401);
        }
    }

    @Test
    void anUnknownUserIs401InvalidUsername() {
        TestHttp.Answer answer = me(basic("mallory:abcd efgh ijkl mnop"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("invalid_username");
        assertThat(me(basic("no-colon-at-all")).code()).isEqualTo("invalid_username");
    }

    @Test
    void aWrongPasswordIs401IncorrectPassword() {
        for (String credentials :
                new String[] {"admin:wrong", "admin:", "admin:abcd efgh ijkl mnoq", "editor:abcd efgh ijkl mnop"}) {
            TestHttp.Answer answer = me(basic(credentials));
            assertThat(answer.status()).as(credentials).isEqualTo(401);
            assertThat(answer.code()).as(credentials).isEqualTo("incorrect_password");
        }
    }

    @Test
    void publicRoutesNeverAsk() {
        assertThat(http.get("/forms").json().get("user").asText()).isEqualTo("null");
        assertThat(http.get("/forms", "Authorization", basic("mallory:x")).status())
                .isEqualTo(200);
    }

    @Test
    void unknownRoutesAre404EvenWithoutCredentials() {
        assertThat(http.get("/nowhere").code()).isEqualTo("rest_no_route");
    }

    @Test
    void byDefaultNoCredentialsAreAccepted() {
        Router router = Router.builder()
                .route(Route.builder("GET", "/me", "getMe").handle(call -> "x"))
                .build();
        var answer = router.handle(new ServerRequest(
                "GET",
                Router.API_PREFIX + "/me",
                null,
                Map.of("Authorization", List.of(basic("admin:abcd efgh ijkl mnop"))),
                null));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(TestHttp.json(answer.bodyText()).get("code").asText()).isEqualTo("invalid_username");
    }
}
