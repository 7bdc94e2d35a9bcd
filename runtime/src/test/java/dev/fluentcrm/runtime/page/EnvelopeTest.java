package dev.fluentcrm.runtime.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RetryPolicy;
import dev.fluentcrm.runtime.testing.Models.Tag;
import dev.fluentcrm.runtime.testing.TestClients;
import dev.fluentcrm.runtime.testing.TestServer;
import dev.fluentcrm.runtime.testing.TestServer.Reply;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A page read from an envelope keeps the envelope's other keys ({@code all_tags} beside
 * {@code tags}), and still pages on.
 */
class EnvelopeTest {
    private static final TypeReference<Page<Tag>> PAGE_OF_TAG = new TypeReference<>() {};

    /** {@code GET /tags?all_tags=1} as FluentCRM answers it: the page, and every tag in short form. */
    private static final String FIRST = "{\"tags\":{\"total\":3,\"per_page\":2,\"current_page\":1,\"last_page\":2,"
            + "\"data\":[{\"id\":1,\"title\":\"VIP\"},{\"id\":2,\"title\":\"Lead\"}]},"
            + "\"all_tags\":[{\"id\":\"1\",\"title\":\"VIP\",\"slug\":\"vip\"},{\"id\":\"2\",\"title\":\"Lead\","
            + "\"slug\":\"lead\"},{\"id\":\"3\",\"title\":\"Cold\",\"slug\":\"cold\"}],\"total_count\":\"3\",\"none\":null}";

    private static final String SECOND = "{\"tags\":{\"total\":3,\"per_page\":2,\"current_page\":2,\"last_page\":2,"
            + "\"data\":[{\"id\":3,\"title\":\"Cold\"}]},\"all_tags\":[]}";

    public record ShortTag(Long id, String title, String slug) {}

    private final TestServer server = TestServer.start();
    private final ApiExecutor executor = TestClients.executor(server, RetryPolicy.none());

    @AfterEach
    void stop() {
        server.close();
    }

    private Page<Tag> fetch(int page) {
        ApiRequest request = ApiRequest.builder("GET", "/tags")
                .query("page", page)
                .queryFlag("all_tags", true)
                .build();
        return executor.execute(request, PAGE_OF_TAG, "/tags").value();
    }

    @Test
    void theOtherKeysOfTheEnvelopeComeWithThePageInTheirOrder() {
        server.enqueue(Reply.ok(FIRST));

        Page<Tag> page = fetch(1);

        assertThat(page.items()).extracting(Tag::title).containsExactly("VIP", "Lead");
        assertThat(page.envelope()).containsOnlyKeys("all_tags", "total_count", "none");
        assertThat(List.copyOf(page.envelope().keySet())).containsExactly("all_tags", "total_count", "none");
        assertThat(page.envelope("all_tags"))
                .hasValueSatisfying(node -> assertThat(node.size()).isEqualTo(3));
        assertThat(page.envelope("all_tags", new TypeReference<List<ShortTag>>() {}))
                .hasValueSatisfying(tags -> assertThat(tags)
                        .containsExactly(
                                new ShortTag(1L, "VIP", "vip"),
                                new ShortTag(2L, "Lead", "lead"),
                                new ShortTag(3L, "Cold", "cold")));
        // Decoded as PHP sends it: "3" is 3.
        assertThat(page.envelope("total_count", Long.class)).hasValue(3L);
        assertThat(page.envelope("none"))
                .hasValueSatisfying(node -> assertThat(node.isNull()).isTrue());
        assertThat(page.envelope("none", Long.class)).isEmpty();
        assertThat(page.envelope("missing")).isEmpty();
        assertThatThrownBy(() -> page.envelope().put("x", null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void autoPagingStillWorksAndEachPageHoldsItsOwnEnvelope() {
        server.dispatch(r -> Reply.ok("2".equals(r.query("page")) ? SECOND : FIRST));

        Page<Tag> first = fetch(1).withFetcher(this::fetch);
        List<String> titles = StreamSupport.stream(first.autoPaging().spliterator(), false)
                .map(Tag::title)
                .toList();
        Page<Tag> second = first.nextPage();

        assertThat(titles).containsExactly("VIP", "Lead", "Cold");
        assertThat(first.envelope("all_tags"))
                .hasValueSatisfying(node -> assertThat(node.size()).isEqualTo(3));
        assertThat(second.envelope("all_tags"))
                .hasValueSatisfying(node -> assertThat(node.size()).isZero());
        assertThat(server.requests())
                .allSatisfy(r -> assertThat(r.query("all_tags")).isEqualTo("1"));
    }

    @Test
    void theAsynchronousFormKeepsTheEnvelopeToo() throws Exception {
        server.enqueue(Reply.ok(FIRST));

        ApiResponse<Page<Tag>> response = executor.executeAsync(
                        ApiRequest.builder("GET", "/tags").build(), PAGE_OF_TAG, "/tags")
                .get();

        assertThat(response.value().envelope()).containsKey("all_tags");
        assertThat(response.rawBody()).isEqualTo(FIRST);
    }

    @Test
    void aPageThatIsTheWholeAnswerHasAnEmptyEnvelope() {
        server.enqueue(Reply.ok("{\"total\":0,\"per_page\":15,\"current_page\":1,\"data\":[]}"));

        Page<Tag> page = executor.execute(ApiRequest.builder("GET", "/tags").build(), PAGE_OF_TAG)
                .value();

        assertThat(page.envelope()).isEmpty();
        assertThat(Page.of(List.of(), 0, 15, 1, 1).envelope()).isEmpty();
    }

    @Test
    void aHandBuiltPageCanCarryAnEnvelopeForTests() throws Exception {
        JsonNode extra = new ObjectMapper().readTree("[\"a\"]");
        Page<String> page = Page.of(List.of("x"), 1, 15, 1, 1).withEnvelope(Map.of("all_tags", extra), null);

        assertThat(page.envelope("all_tags", new TypeReference<List<String>>() {}))
                .hasValue(List.of("a"));
        assertThat(page.withFetcher(n -> null).envelope()).containsKey("all_tags");
    }
}
