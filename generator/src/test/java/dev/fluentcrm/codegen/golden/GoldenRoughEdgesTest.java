package dev.fluentcrm.codegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.fluentcrm.runtime.http.HttpListener;
import dev.fluentcrm.runtime.http.RequestOptions;
import dev.fluentcrm.runtime.http.RetryPolicy;
import dev.fluentcrm.runtime.page.Page;
import golden.wrapped_page.model.ListContactsParams;
import golden.wrapped_page.model.ListTagsParams;
import golden.wrapped_page.model.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rough edges of issue 12 as generated code meets them: PHP flags, envelope siblings, per-call options. */
class GoldenRoughEdgesTest {
    private static final String TAGS =
            "{\"tags\": {\"total\": 1, \"per_page\": 15, \"current_page\": 1, \"last_page\": 1,"
                    + " \"data\": [{\"id\": 1, \"title\": \"VIP\"}]}}";

    private LocalServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private golden.wrapped_page.FluentCrmClient client() {
        return golden.wrapped_page.FluentCrmClient.builder()
                .apiRoot(server.apiRoot())
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    @Test
    void aQueryParameterMarkedAsAPhpBooleanIsABooleanSentAsOneOrZero() {
        server.answer(200, TAGS).answer(200, TAGS);

        client().contacts().listTags(ListTagsParams.builder().allTags(true).build());
        client().contacts().listTags(ListTagsParams.builder().allTags(false).build());

        assertThat(server.requests())
                .extracting(LocalServer.Recorded::query)
                .containsExactly("all_tags=1", "all_tags=0");
    }

    @Test
    void aPageInAnEnvelopeKeepsTheEnvelopesOtherKeysAndStillPages() {
        server.answer(
                        200,
                        "{\"tags\": {\"total\": 2, \"per_page\": 1, \"current_page\": 1, \"last_page\": 2,"
                                + " \"data\": [{\"id\": 1, \"title\": \"VIP\"}]},"
                                + " \"all_tags\": [{\"id\": \"1\", \"title\": \"VIP\"}, {\"id\": \"2\", \"title\": \"Lead\"}]}")
                .answer(
                        200,
                        "{\"tags\": {\"total\": 2, \"per_page\": 1, \"current_page\": 2, \"last_page\": 2,"
                                + " \"data\": [{\"id\": 2, \"title\": \"Lead\"}]}}");

        Page<Tag> page = client().contacts()
                .listTags(ListTagsParams.builder().allTags(true).build());
        List<String> titles = page.autoPagingStream().map(Tag::title).toList();

        assertThat(page.envelope("all_tags"))
                .hasValueSatisfying(tags -> assertThat(tags.size()).isEqualTo(2));
        assertThat(page.envelope("all_tags", new TypeReference<List<Map<String, String>>>() {}))
                .hasValueSatisfying(
                        tags -> assertThat(tags).extracting(t -> t.get("title")).containsExactly("VIP", "Lead"));
        assertThat(titles).containsExactly("VIP", "Lead");
        assertThat(server.requests())
                .extracting(LocalServer.Recorded::query)
                .containsExactly("all_tags=1", "page=2&all_tags=1");
    }

    @Test
    void aModuleViewWithOptionsSendsThemOnEveryCallAutoPagingIncludedAndTheModuleStaysAsItWas() {
        String first = "{\"subscribers\": {\"total\": 2, \"per_page\": 1, \"current_page\": 1, \"last_page\": 2,"
                + " \"data\": [{\"id\": 1, \"email\": \"a@example.com\"}]}}";
        String second = "{\"subscribers\": {\"total\": 2, \"per_page\": 1, \"current_page\": 2, \"last_page\": 2,"
                + " \"data\": [{\"id\": 2, \"email\": \"b@example.com\"}]}}";
        server.answer(200, first).answer(200, second).answer(200, first);
        List<HttpListener.Request> sent = new ArrayList<>();
        var client = golden.wrapped_page.FluentCrmClient.builder()
                .apiRoot(server.apiRoot())
                .applicationPassword("robot", "abcd efgh ijkl mnop")
                .allowInsecureHttp(true)
                .defaultHeader("X-Tenant", "acme")
                .httpListener(new HttpListener() {
                    @Override
                    public void onRequest(Request request) {
                        sent.add(request);
                    }
                })
                .build();
        var traced = client.contacts()
                .withOptions(RequestOptions.builder().header("X-Trace", "t-1").build());

        long count = traced.list(ListContactsParams.builder().build())
                .autoPagingStream()
                .count();
        client.contacts().list(ListContactsParams.builder().build());

        assertThat(count).isEqualTo(2);
        assertThat(sent).hasSize(3);
        assertThat(sent.subList(0, 2))
                .allSatisfy(r -> assertThat(r.headers().get("X-Trace")).containsExactly("t-1"));
        assertThat(sent.get(2).headers()).doesNotContainKey("X-Trace");
        assertThat(sent).allSatisfy(r -> {
            assertThat(r.headers().get("X-Tenant")).containsExactly("acme");
            assertThat(r.headers().get("Authorization")).containsExactly("****");
            assertThat(r.headers().get("User-Agent")).singleElement().asString().startsWith("fluentcrm-java/");
        });
        assertThat(client.withOptions(RequestOptions.none())).isNotSameAs(client);
    }
}
