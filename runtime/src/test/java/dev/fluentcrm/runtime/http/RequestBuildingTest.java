package dev.fluentcrm.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.fluentcrm.runtime.json.PhpFlag;
import dev.fluentcrm.runtime.json.PhpJson;
import dev.fluentcrm.runtime.testing.Models.ContactStatus;
import dev.fluentcrm.runtime.testing.TestClients;
import dev.fluentcrm.runtime.testing.TestServer;
import dev.fluentcrm.runtime.testing.TestServer.Recorded;
import dev.fluentcrm.runtime.testing.TestServer.Reply;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What goes on the wire: URL, query, headers and body. */
class RequestBuildingTest {
    private final TestServer server = TestServer.start();

    @BeforeEach
    void answerEverything() {
        server.dispatch(r -> Reply.ok("{}"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Recorded send(ApiExecutor executor, ApiRequest request) {
        executor.execute(request, JsonNode.class);
        assertThat(server.requestCount()).isEqualTo(1);
        return server.request(0);
    }

    private Recorded send(ApiRequest request) {
        return send(TestClients.executor(server), request);
    }

    /** The query as decoded name=value pairs, in order. */
    private static List<String> pairs(Recorded recorded) {
        return Arrays.stream(recorded.rawQuery().split("&"))
                .map(p -> URLDecoder.decode(p, StandardCharsets.UTF_8))
                .toList();
    }

    @Test
    void pathUnderTheApiRootWithEncodedParameters() {
        Recorded r = send(ApiRequest.builder("GET", "/subscribers/{id}/notes/{note}")
                .path("id", 12)
                .path("note", "a b/c?d#e&f")
                .build());

        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.rawPath()).isEqualTo("/wp-json/fluent-crm/v2/subscribers/12/notes/a%20b%2Fc%3Fd%23e%26f");
        assertThat(r.rawQuery()).isNull();
    }

    @Test
    void phpFlagsTravelAsOneAndZero() {
        Recorded r = send(ApiRequest.builder("GET", "/tags")
                .queryFlag("all_tags", true)
                .queryFlag("exclude_counts", false)
                .queryFlag("left_out", null)
                .queryFlag("legacy", true, "yes", "no")
                .build());

        assertThat(pairs(r)).containsExactly("all_tags=1", "exclude_counts=0", "legacy=yes");
    }

    @Test
    void siteInASubdirectoryWithTrailingSlash() {
        ApiExecutor executor = new ApiExecutor(
                TestClients.options(server).siteUrl(server.siteUrl() + "/blog/").build());

        assertThat(send(executor, ApiRequest.builder("GET", "/tags").build()).rawPath())
                .isEqualTo("/blog/wp-json/fluent-crm/v2/tags");
    }

    @Test
    void apiRootWithRestRouteQuery() {
        ApiExecutor executor = new ApiExecutor(TestClients.options(server)
                .apiRoot(server.siteUrl() + "/?rest_route=/fluent-crm/v2")
                .build());

        Recorded r = send(
                executor,
                ApiRequest.builder("GET", "/tags/{id}")
                        .path("id", 4)
                        .query("page", 2)
                        .build());

        assertThat(r.rawPath()).isEqualTo("/");
        assertThat(r.query("rest_route")).isEqualTo("/fluent-crm/v2/tags/4");
        assertThat(r.query("page")).isEqualTo("2");
    }

    @Test
    void phpArrayQueryAndNullsLeftOut() {
        Recorded r = send(ApiRequest.builder("GET", "/subscribers")
                .queryAll("tags[]", List.of(1, 2))
                .query("search", null)
                .queryAll("lists[]", null)
                .queryAll("statuses[]", Arrays.asList(ContactStatus.SUBSCRIBED, null, ContactStatus.of("bounced")))
                .query("per_page", 50)
                .build());

        assertThat(pairs(r))
                .containsExactly("tags[]=1", "tags[]=2", "statuses[]=subscribed", "statuses[]=bounced", "per_page=50");
        assertThat(r.rawQuery()).startsWith("tags%5B%5D=1&tags%5B%5D=2&");
        assertThat(r.rawQuery()).doesNotContain("search", "lists", "null");
    }

    @Test
    void queryValuesInPhpSpelling() {
        Recorded r = send(ApiRequest.builder("GET", "/reports")
                .query("from", LocalDateTime.of(2026, 11, 26, 9, 5, 0))
                .query("day", LocalDate.of(2026, 1, 2))
                .query("with_stats", true)
                .query("q", "Ada & Grace+co")
                .build());

        assertThat(r.query("from")).isEqualTo("2026-11-26 09:05:00");
        assertThat(r.query("day")).isEqualTo("2026-01-02");
        assertThat(r.query("with_stats")).isEqualTo("true");
        assertThat(r.query("q")).isEqualTo("Ada & Grace+co");
    }

    @Test
    void queryExtrasRepeatCollections() {
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("custom_fields[]", List.of("a", "b"));
        extras.put("sort_by", "id");
        extras.put("skip", null);

        Recorded r = send(ApiRequest.builder("GET", "/subscribers")
                .query("page", 1)
                .queryExtras(extras)
                .build());

        assertThat(pairs(r)).containsExactly("page=1", "custom_fields[]=a", "custom_fields[]=b", "sort_by=id");
    }

    @Test
    void standardHeaders() {
        Recorded r = send(ApiRequest.builder("GET", "/tags").build());

        String token = Base64.getEncoder()
                .encodeToString((TestClients.USER + ":" + TestClients.PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(r.header("Authorization")).isEqualTo("Basic " + token);
        assertThat(r.header("Accept")).isEqualTo("application/json");
        assertThat(r.header("User-Agent")).isEqualTo("fluentcrm-java/development");
        assertThat(r.header("Content-Type")).isNull();
        assertThat(r.body()).isEmpty();
    }

    @Test
    void customUserAgentAndHeaderParameters() {
        ApiExecutor executor = new ApiExecutor(
                TestClients.options(server).userAgent("my-app/2.0").build());

        Recorded r = send(
                executor,
                ApiRequest.builder("GET", "/tags")
                        .header("X-WP-Nonce", "abc123")
                        .header("X-Skipped", null)
                        .build());

        assertThat(r.header("User-Agent")).isEqualTo("my-app/2.0");
        assertThat(r.header("X-WP-Nonce")).isEqualTo("abc123");
        assertThat(r.headers()).doesNotContainKey("x-skipped");
    }

    @Test
    void noCredentialsNoAuthorization() {
        ApiExecutor executor = new ApiExecutor(
                ClientOptions.builder().siteUrl(server.siteUrl()).build());

        assertThat(send(executor, ApiRequest.builder("GET", "/tags").build()).headers())
                .doesNotContainKey("authorization");
    }

    record NewContact(
            @JsonProperty("email") String email,
            @JsonProperty("first_name") String firstName,
            @JsonProperty("status") ContactStatus status,
            @JsonProperty("date_of_birth") LocalDate dateOfBirth,
            @JsonProperty("last_activity") LocalDateTime lastActivity,

            @JsonProperty("double_optin") @JsonSerialize(using = PhpFlag.YesNo.class)
            Boolean doubleOptin,

            @JsonProperty("tags") List<Long> tags) {}

    @Test
    void jsonBody() throws Exception {
        NewContact contact = new NewContact(
                "ada@example.com",
                "Ada ✓",
                ContactStatus.of("pending"),
                LocalDate.of(1815, 12, 10),
                LocalDateTime.of(2026, 11, 26, 9, 5, 0),
                true,
                List.of(1L, 2L));

        Recorded r =
                send(ApiRequest.builder("POST", "/subscribers").body(contact).build());

        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        ObjectMapper json = PhpJson.newMapper();
        assertThat(json.readTree(r.body())).isEqualTo(json.readTree("""
                {"email":"ada@example.com","first_name":"Ada ✓","status":"pending","date_of_birth":"1815-12-10",
                 "last_activity":"2026-11-26 09:05:00","double_optin":"yes","tags":[1,2]}"""));
    }

    @Test
    void nullFieldsAreLeftOutOfTheBody() {
        Recorded r = send(ApiRequest.builder("PUT", "/subscribers/{id}")
                .path("id", 1)
                .body(new NewContact("ada@example.com", null, null, null, null, null, null))
                .build());

        assertThat(r.method()).isEqualTo("PUT");
        assertThat(r.body()).isEqualTo("{\"email\":\"ada@example.com\"}");
    }

    @Test
    void missingPathParameterIsRefusedBeforeSending() {
        assertThat(TestClients.failure(
                        () -> ApiRequest.builder("GET", "/tags/{id}").path("id", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'id'");
        assertThat(TestClients.failure(() -> TestClients.executor(server)
                        .execute(ApiRequest.builder("GET", "/tags/{id}").build(), JsonNode.class)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'id'");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void requestDescribesItselfWithoutValues() {
        ApiRequest request = ApiRequest.builder("GET", "/subscribers/{id}")
                .path("id", 7)
                .query("search", "ada")
                .build();

        assertThat(request).hasToString("GET /subscribers/{id}");
        assertThat(request.pathParams()).containsEntry("id", "7");
        assertThat(request.query()).containsExactly(Map.entry("search", "ada"));
    }
}
