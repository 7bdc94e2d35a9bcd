package dev.fluentcrm.codegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluentcrm.runtime.http.RetryPolicy;
import golden.wrapped_page.model.ListTagsParams;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rough edges of issue 12 as generated code meets them: PHP flags, envelope siblings, per-call options. */
class GoldenRoughEdgesTest {
    private static final String TAGS = "{\"tags\": {\"total\": 1, \"per_page\": 15, \"current_page\": 1, \"last_page\": 1,"
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

        assertThat(server.requests()).extracting(LocalServer.Recorded::query).containsExactly("all_tags=1", "all_tags=0");
    }
}
