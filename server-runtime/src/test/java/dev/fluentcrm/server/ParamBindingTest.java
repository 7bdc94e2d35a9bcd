package dev.fluentcrm.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.server.auth.Authenticator;
import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.route.Router;
import dev.fluentcrm.server.validate.Schema;
import dev.fluentcrm.server.validate.SchemaRegistry;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Query and header parameters in PHP's spellings, bound to a record and validated as WordPress does. */
class ParamBindingTest {
    /** The parameters as a generated record would hold them. */
    record ListParams(
            @JsonProperty("tags[]") List<Long> tags,
            @JsonProperty("status") String status,
            @JsonProperty("page") Long page,
            @JsonProperty("since") LocalDateTime since,
            @JsonProperty("X-Trace") String trace) {}

    private final List<Object> bound = new CopyOnWriteArrayList<>();
    private TestHttp http;

    @BeforeEach
    void start() {
        http = new TestHttp(Router.builder()
                .authenticator(Authenticator.anyone())
                .schemas(new SchemaRegistry().define("Status", Schema.oneOf("subscribed", "pending")))
                .route(Route.builder("GET", "/lists/{id}/contacts", "listContacts")
                        .pathParam("id", Schema.integer().minimum("1"))
                        .query("tags[]", Schema.arrayOf(Schema.integer()).maxItems(3), false)
                        .query("status", Schema.ref("Status"), true)
                        .query("page", Schema.integer().minimum("1"), false)
                        .query("since", Schema.dateTime(), false)
                        .header("X-Trace", Schema.string().maxLength(8), false)
                        .handle(call -> {
                            bound.add(call.path("id", Long.class));
                            bound.add(call.params(ListParams.class));
                            return call.paramsJson();
                        }))
                .build());
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private ListParams params(String query) {
        bound.clear();
        TestHttp.Answer answer = http.get("/lists/4/contacts?" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(bound.get(0)).isEqualTo(4L);
        return (ListParams) bound.get(1);
    }

    @Test
    void aPhpArrayIsReadInEachOfItsSpellings() {
        assertThat(params("tags%5B%5D=1&tags%5B%5D=2&status=pending").tags()).containsExactly(1L, 2L);
        assertThat(params("tags[]=1&tags[]=2&status=pending").tags())
                .as("brackets left unencoded")
                .containsExactly(1L, 2L);
        assertThat(params("tags%5B0%5D=1&tags%5B1%5D=2&status=pending").tags()).containsExactly(1L, 2L);
        assertThat(params("tags%5B0%5D=3&status=pending").tags()).containsExactly(3L);
        assertThat(params("tags=1&status=pending").tags()).as("a bare name").containsExactly(1L);
        assertThat(params("status=pending").tags()).isNull();
    }

    @Test
    void theRawParametersKeepTheDeclaredNameAndUndeclaredOnesAsSent() {
        TestHttp.Answer answer =
                http.get("/lists/4/contacts?tags=1&tags%5B1%5D=2&status=pending&extra=x&more%5B%5D=a&more%5B%5D=b");

        assertThat(answer.json())
                .isEqualTo(TestHttp.json(
                        "{\"tags[]\":[\"1\",\"2\"],\"status\":\"pending\",\"extra\":\"x\",\"more[]\":[\"a\",\"b\"]}"));
    }

    @Test
    void scalarsAndHeadersBindTyped() {
        bound.clear();
        TestHttp.Answer answer = http.get(
                "/lists/4/contacts?status=subscribed&page=%2B3&since=2026-11-26+10%3A00%3A00", "X-Trace", "t-1");

        assertThat(answer.status())
                .as("'+3' is not an integer as PHP reads one")
                .isEqualTo(400);
        ListParams params = params("status=subscribed&page=3&since=2026-11-26+10%3A00%3A00&");
        assertThat(params.page()).isEqualTo(3L);
        assertThat(params.since()).isEqualTo(LocalDateTime.of(2026, 11, 26, 10, 0));
        bound.clear();
        assertThat(http.get("/lists/4/contacts?status=subscribed", "X-Trace", "t-1")
                        .status())
                .isEqualTo(200);
        assertThat(((ListParams) bound.get(1)).trace()).isEqualTo("t-1");
    }

    @Test
    void aMissingRequiredParameterIs400NamingIt() {
        TestHttp.Answer answer = http.get("/lists/4/contacts?page=2");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json())
                .isEqualTo(
                        TestHttp.json(
                                "{\"code\":\"rest_missing_callback_param\","
                                        + "\"message\":\"Missing parameter(s): status\",\"data\":{\"status\":400,\"params\":[\"status\"]}}"));
        assertThat(http.get("/lists/4/contacts?status=").code())
                .as("empty counts as missing")
                .isEqualTo("rest_missing_callback_param");
        assertThat(bound).isEmpty();
    }

    @Test
    void aParameterOfTheWrongShapeIs400RestInvalidParam() {
        TestHttp.Answer answer = http.get(
                "/lists/0/contacts?status=gone&tags%5B%5D=x&page=0&since=yesterday", "X-Trace", "much-too-long");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("rest_invalid_param");
        assertThat(answer.json().at("/data/params"))
                .isEqualTo(TestHttp.json("{"
                        + "\"id\":\"The id must be at least 1.\","
                        + "\"tags[]\":\"The tags[].0 must be an integer.\","
                        + "\"status\":\"The selected status is invalid.\","
                        + "\"page\":\"The page must be at least 1.\","
                        + "\"since\":\"The since must be a date and time (YYYY-MM-DD HH:MM:SS).\","
                        + "\"X-Trace\":\"The X-Trace must not be greater than 8 characters.\"}"));
        assertThat(bound).isEmpty();
        assertThat(http.get("/lists/4/contacts?status=pending&tags=1&tags=2&tags=3&tags=4")
                        .json()
                        .at("/data/params/tags[]")
                        .asText())
                .isEqualTo("The tags[] must not have more than 3 items.");
        // Digits that do not fit a 64-bit integer are no integer to PHP either: refused before binding.
        assertThat(http.get("/lists/4/contacts?status=pending&page=99999999999999999999")
                        .json()
                        .at("/data/params/page")
                        .asText())
                .isEqualTo("The page must be an integer.");
        assertThat(http.get("/lists/4/contacts?status=pending&page=" + "9".repeat(101))
                        .json()
                        .at("/data/params/page")
                        .asText())
                .isEqualTo("The page must be an integer of at most 100 characters.");
        assertThat(bound).as("nothing was bound").isEmpty();
    }

    @Test
    void pathValuesBindToTheirType() {
        TestHttp.Answer answer = http.get("/lists/abc/contacts?status=pending");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().at("/data/params"))
                .isEqualTo(TestHttp.json("{\"id\":\"The id must be an integer.\"}"));
        assertThat(http.get("/lists/99999999999999999999/contacts?status=pending")
                        .json()
                        .at("/data/params/id")
                        .asText())
                .isEqualTo("The id must be an integer.");
    }
}
