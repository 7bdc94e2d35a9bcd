package dev.fluentcrm.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.fluentcrm.runtime.testing.Models.Tag;
import dev.fluentcrm.runtime.testing.TestClients;
import dev.fluentcrm.runtime.testing.TestServer;
import dev.fluentcrm.runtime.testing.TestServer.Reply;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a successful call hands back. */
class ResponseTest {
    private final TestServer server = TestServer.start();
    private final ApiExecutor executor = TestClients.executor(server);
    private final ApiRequest request =
            ApiRequest.builder("DELETE", "/tags/{id}").path("id", 5).build();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void statusHeadersRawBodyAndValue() {
        String body = "{\"id\":5,\"title\":\"Old\"}";
        server.enqueue(Reply.ok(body).header("X-WP-Total", "12"));

        ApiResponse<Tag> response = executor.execute(request, Tag.class);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.rawBody()).isEqualTo(body);
        assertThat(response.headers().firstValue("x-wp-total")).contains("12");
        assertThat(response.value().title()).isEqualTo("Old");
        assertThat(response.withValue("other").value()).isEqualTo("other");
        assertThat(response.withValue("other").rawBody()).isEqualTo(body);
    }

    @Test
    void answersWithoutBody() throws Exception {
        server.enqueue(Reply.status(204), Reply.ok(""), Reply.ok("{\"message\":\"Deleted\"}"), Reply.status(204));

        assertThat(executor.execute(request, Tag.class).value()).isNull();
        assertThat(executor.execute(request, Tag.class).value()).isNull();
        ApiResponse<Void> ignored = executor.execute(request);
        assertThat(ignored.value()).isNull();
        assertThat(ignored.rawBody()).contains("Deleted");
        assertThat(executor.executeAsync(request).get(10, TimeUnit.SECONDS).statusCode())
                .isEqualTo(204);
    }

    @Test
    void pointerToAMissingKeyIsNull() {
        server.enqueue(Reply.ok("{\"tags\":[]}"));

        assertThat(executor.execute(request, new TypeReference<List<Tag>>() {}, "/items")
                        .value())
                .isNull();
    }

    @Test
    void responseToStringShowsNoBody() {
        server.enqueue(Reply.ok("{\"id\":5,\"title\":\"Old\"}"));

        assertThat(executor.execute(request, Tag.class).toString())
                .startsWith("ApiResponse[status=200")
                .doesNotContain("rawBody");
    }
}
