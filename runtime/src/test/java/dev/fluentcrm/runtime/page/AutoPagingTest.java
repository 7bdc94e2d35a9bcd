package dev.fluentcrm.runtime.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.fluentcrm.runtime.error.ServerException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.RetryPolicy;
import dev.fluentcrm.runtime.testing.Models.Tag;
import dev.fluentcrm.runtime.testing.TestClients;
import dev.fluentcrm.runtime.testing.TestServer;
import dev.fluentcrm.runtime.testing.TestServer.Recorded;
import dev.fluentcrm.runtime.testing.TestServer.Reply;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Auto-paging over pages the test server serves, fetched only when reached. */
class AutoPagingTest {
    private final TestServer server = TestServer.start();
    private final ApiExecutor executor = TestClients.executor(server, RetryPolicy.none());

    @AfterEach
    void stop() {
        server.close();
    }

    /** A FluentCRM envelope {"tags": {paginator}} holding tag ids {@code ids}. */
    private static String tagsPage(int page, int lastPage, long total, int... ids) {
        String data = IntStream.of(ids)
                .mapToObj(id -> "{\"id\":\"" + id + "\",\"title\":\"Tag " + id + "\"}")
                .collect(Collectors.joining(","));
        return "{\"tags\":{\"total\":" + total + ",\"per_page\":\"2\",\"current_page\":" + page + ",\"last_page\":"
                + lastPage + ",\"data\":[" + data + "]},\"__bench\":0.01}";
    }

    /** Serves tags 1..5 two per page (3 pages); any later page would still have items, so stopping is the client's job. */
    private void serveFivetags() {
        server.dispatch(r -> switch (r.query("page")) {
            case "1" -> Reply.ok(tagsPage(1, 3, 5, 1, 2));
            case "2" -> Reply.ok(tagsPage(2, 3, 5, 3, 4));
            case "3" -> Reply.ok(tagsPage(3, 3, 5, 5));
            default -> Reply.ok(tagsPage(Integer.parseInt(r.query("page")), 3, 5, 99));
        });
    }

    private Page<Tag> fetch(int page) {
        ApiRequest request = ApiRequest.builder("GET", "/tags")
                .query("page", page)
                .query("per_page", 2)
                .build();
        return executor.execute(request, new TypeReference<Page<Tag>>() {}, "/tags")
                .value();
    }

    private Page<Tag> firstPage() {
        return fetch(1).withFetcher(this::fetch);
    }

    private List<String> pagesRequested() {
        return server.requests().stream().map(r -> r.query("page")).toList();
    }

    @Test
    void walksAllPagesLazily() {
        serveFivetags();
        Page<Tag> first = firstPage();
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.perPage()).isEqualTo(2);
        assertThat(first.lastPage()).isEqualTo(3);
        assertThat(first.hasNextPage()).isTrue();
        assertThat(server.requestCount()).isEqualTo(1);

        Iterator<Tag> tags = first.autoPaging().iterator();
        assertThat(tags.next().id()).isEqualTo(1L);
        assertThat(tags.next().id()).isEqualTo(2L);
        assertThat(server.requestCount())
                .as("page 2 not fetched while page 1 lasts")
                .isEqualTo(1);

        assertThat(tags.hasNext()).isTrue();
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(tags.next().id()).isEqualTo(3L);
        assertThat(tags.next().id()).isEqualTo(4L);
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(tags.next().id()).isEqualTo(5L);
        assertThat(tags.hasNext()).isFalse();
        assertThat(pagesRequested()).containsExactly("1", "2", "3");
        assertThat(server.requests()).extracting(Recorded::rawPath).containsOnly("/wp-json/fluent-crm/v2/tags");
        Assertions.assertThatThrownBy(tags::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void streamCollectsEverythingAndStopsAtTheLastPage() {
        serveFivetags();

        List<Long> ids = firstPage().autoPagingStream().map(Tag::id).toList();

        assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(pagesRequested()).containsExactly("1", "2", "3");
    }

    @Test
    void streamFetchesOnlyWhatIsConsumed() {
        serveFivetags();

        assertThat(firstPage().autoPagingStream().limit(2).map(Tag::id).toList())
                .containsExactly(1L, 2L);
        assertThat(pagesRequested()).containsExactly("1");

        assertThat(firstPage().autoPagingStream().filter(t -> t.id() == 3L).findFirst())
                .isPresent();
        assertThat(pagesRequested()).containsExactly("1", "1", "2");
    }

    @Test
    void eachIterationStartsOver() {
        serveFivetags();
        Page<Tag> first = firstPage();

        assertThat(first.autoPaging()).hasSize(5);
        assertThat(first.autoPaging()).hasSize(5);
        assertThat(first.items()).hasSize(2);
    }

    @Test
    void emptyFirstPage() {
        server.dispatch(r ->
                Reply.ok("{\"tags\":{\"total\":0,\"per_page\":15,\"current_page\":1,\"last_page\":1,\"data\":[]}}"));
        Page<Tag> first = firstPage();

        assertThat(first.items()).isEmpty();
        assertThat(first.hasNextPage()).isFalse();
        assertThat(first.autoPaging()).isEmpty();
        assertThat(first.autoPagingStream().count()).isZero();
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void emptyPageInTheMiddleEndsTheWalk() {
        // Records deleted while paging: page 2 comes back empty although last_page still says 3.
        server.dispatch(
                r -> r.query("page").equals("1") ? Reply.ok(tagsPage(1, 3, 5, 1, 2)) : Reply.ok(tagsPage(2, 3, 5)));

        assertThat(firstPage().autoPagingStream().map(Tag::id).toList()).containsExactly(1L, 2L);
        assertThat(pagesRequested()).containsExactly("1", "2");
    }

    @Test
    void singlePageNeverFetches() {
        serveFivetags();
        server.dispatch(r -> Reply.ok(tagsPage(1, 1, 2, 1, 2)));

        assertThat(firstPage().autoPagingStream().count()).isEqualTo(2);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void errorOnALaterPageSurfacesWhenReached() {
        server.dispatch(r -> r.query("page").equals("1")
                ? Reply.ok(tagsPage(1, 2, 4, 1, 2))
                : Reply.json(500, "{\"message\":\"boom\"}"));
        Iterator<Tag> tags = firstPage().autoPaging().iterator();

        tags.next();
        tags.next();
        assertThat(TestClients.failure(tags::hasNext)).isInstanceOf(ServerException.class);
    }

    @Test
    void pageWithoutFetcher() {
        Page<String> page = Page.of(List.of("a", "b"), 4, 2, 1, 2);

        assertThat(page.hasNextPage()).isTrue();
        assertThat(TestClients.failure(page::nextPage)).isInstanceOf(IllegalStateException.class);
        Page<String> last = Page.of(List.of("c"), 3, 2, 2, 2);
        assertThat(TestClients.failure(last::nextPage)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void lastPageIsComputedWhenMissing() {
        server.dispatch(r -> Reply.ok(
                "{\"tags\":{\"total\":\"5\",\"per_page\":2,\"current_page\":1,\"data\":[{\"id\":1},{\"id\":2}]}}"));

        assertThat(fetch(1).lastPage()).isEqualTo(3);
    }
}
