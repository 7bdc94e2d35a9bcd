package dev.fluentcrm.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fluentcrm.runtime.http.FilePart;
import dev.fluentcrm.server.auth.Authenticator;
import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.route.Router;
import dev.fluentcrm.server.validate.Schema;
import dev.fluentcrm.server.validate.SchemaRegistry;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** JSON, URL-encoded and multipart bodies, validated against one schema and bound to one record. */
class BodyBindingTest {
    /** The body as a generated record would hold it. */
    record Tag(
            @JsonProperty("title") String title,
            @JsonProperty("tags") List<Long> tags,
            @JsonProperty("score") BigDecimal score,
            @JsonProperty("is_public") Boolean isPublic,
            @JsonProperty("email") String email,
            @JsonProperty("file") FilePart file) {}

    private static final String MULTIPART = "multipart/form-data; boundary=----b0und";

    private final List<Tag> bound = new CopyOnWriteArrayList<>();
    private TestHttp http;

    @BeforeEach
    void start() {
        Schema tag = Schema.object()
                .required("title", Schema.string().minLength(2))
                .optional("tags", Schema.arrayOf(Schema.integer()))
                .optional("score", Schema.number().maximum("10"))
                .optional("is_public", Schema.bool())
                .optional("email", Schema.string().format("email"))
                .optional("file", Schema.file());
        Route.Handler handler = call -> {
            bound.add(call.body(Tag.class));
            return call.bodyJson();
        };
        http = new TestHttp(Router.builder()
                .authenticator(Authenticator.anyone())
                .schemas(new SchemaRegistry().define("Tag", tag))
                .route(Route.builder("POST", "/tags", "createTag")
                        .body(Schema.ref("Tag"), true)
                        .handle(handler))
                .route(Route.builder("POST", "/tags/form", "createTagForm")
                        .body(Schema.ref("Tag"), true, Route.BodyEncoding.FORM)
                        .handle(handler))
                .route(Route.builder("POST", "/tags/upload", "uploadTag")
                        .body(Schema.ref("Tag"), true, Route.BodyEncoding.MULTIPART)
                        .handle(handler))
                .route(Route.builder("PUT", "/tags/order", "orderTags")
                        .body(Schema.arrayOf(Schema.integer()), true)
                        .handle(call -> call.bodyJson()))
                .build());
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private Tag only() {
        assertThat(bound).hasSize(1);
        return bound.get(0);
    }

    @Test
    void aJsonBodyBindsWithPhpScalars() {
        TestHttp.Answer answer = http.postJson(
                "/tags", "{\"title\":\"VIP\",\"tags\":[\"1\",2],\"score\":\"9.5\",\"is_public\":\"yes\",\"new\":1}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Tag tag = only();
        assertThat(tag.title()).isEqualTo("VIP");
        assertThat(tag.tags()).containsExactly(1L, 2L);
        assertThat(tag.score()).isEqualByComparingTo("9.5");
        assertThat(tag.isPublic()).isTrue();
    }

    @Test
    void aUrlEncodedFormBindsLikeJson() {
        TestHttp.Answer answer = http.post(
                "/tags/form",
                "application/x-www-form-urlencoded; charset=UTF-8",
                "title=Very+%C3%BCber&tags%5B%5D=1&tags%5B%5D=2&is_public=0&email=ada%40example.com");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json())
                .isEqualTo(
                        TestHttp.json(
                                "{\"title\":\"Very über\",\"tags\":[\"1\",\"2\"],\"is_public\":\"0\",\"email\":\"ada@example.com\"}"));
        Tag tag = only();
        assertThat(tag.title()).isEqualTo("Very über");
        assertThat(tag.tags()).containsExactly(1L, 2L);
        assertThat(tag.isPublic()).isFalse();
    }

    @Test
    void aMultipartBodyBindsTextFieldsAndFiles() {
        byte[] binary = {0, (byte) 0xff, 13, 10, 45, 45, 1};
        String body = "------b0und\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nFrom a form\r\n"
                + "------b0und\r\nContent-Disposition: form-data; name=\"tags[]\"\r\n\r\n7\r\n"
                + "------b0und\r\nContent-Disposition: form-data; name=\"file\"; filename=\"raw.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + new String(binary, StandardCharsets.ISO_8859_1)
                + "\r\n"
                + "------b0und--\r\n";

        TestHttp.Answer answer = http.send(
                "POST",
                "/tags/upload",
                HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.ISO_8859_1)),
                "Content-Type",
                MULTIPART);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Tag tag = only();
        assertThat(tag.title()).isEqualTo("From a form");
        assertThat(tag.tags()).containsExactly(7L);
        assertThat(tag.file().fileName()).isEqualTo("raw.bin");
        assertThat(tag.file().content()).containsExactly(binary);
    }

    @Test
    void malformedJsonIs400RestInvalidJson() {
        for (String broken : List.of("{\"title\":", "{title: 1}", "{\"title\":\"a\"} {}", "[1,]", "\u0000")) {
            TestHttp.Answer answer = http.postJson("/tags", broken);
            assertThat(answer.status()).as(broken).isEqualTo(400);
            assertThat(answer.code()).as(broken).isEqualTo("rest_invalid_json");
            assertThat(answer.json().at("/data/status").asInt()).isEqualTo(400);
        }
        assertThat(bound).isEmpty();
    }

    @Test
    void malformedFormsAre400() {
        assertThat(http.post("/tags/form", "application/x-www-form-urlencoded", "title=%zz")
                        .code())
                .isEqualTo("rest_invalid_param");
        assertThat(http.post("/tags/upload", "multipart/form-data", "title=x").code())
                .as("no boundary")
                .isEqualTo("rest_invalid_param");
        assertThat(http.post("/tags/upload", MULTIPART, "------b0und\r\nno headers")
                        .code())
                .isEqualTo("rest_invalid_param");
        assertThat(bound).isEmpty();
    }

    @Test
    void aBodyBreakingTheSchemaIs422WithTheFieldMap() {
        TestHttp.Answer answer = http.postJson(
                "/tags", "{\"title\":\"x\",\"tags\":[1,\"two\"],\"score\":11,\"is_public\":\"maybe\",\"email\":\"@\"}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json())
                .isEqualTo(TestHttp.json("{"
                        + "\"title\":{\"min\":\"The title must be at least 2 characters.\"},"
                        + "\"tags.1\":{\"integer\":\"The tags.1 must be an integer.\"},"
                        + "\"score\":{\"max\":\"The score must not be greater than 10.\"},"
                        + "\"is_public\":{\"boolean\":\"The is public must be true or false.\"},"
                        + "\"email\":{\"email\":\"The email must be a valid email.\"}}"));
        assertThat(http.postJson("/tags", "").json())
                .isEqualTo(TestHttp.json("{\"title\":{\"required\":\"The title field is required.\"}}"));
        assertThat(http.postJson("/tags", "\"text\"").json())
                .isEqualTo(TestHttp.json("{\"body\":{\"array\":\"The body must be an object.\"}}"));
        assertThat(http.send("PUT", "/tags/order", null).json())
                .isEqualTo(TestHttp.json("{\"body\":{\"required\":\"The request body is required.\"}}"));
        assertThat(bound).isEmpty();
    }
}
