package dev.fluentcrm.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.fluentcrm.client.FluentCrmClient;
import dev.fluentcrm.client.model.GetContactParams;
import dev.fluentcrm.client.model.GetContactWith;
import dev.fluentcrm.client.model.ListTagsParams;
import dev.fluentcrm.client.model.Tag;
import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.error.ServerException;
import dev.fluentcrm.runtime.error.ValidationException;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.HttpListener;
import dev.fluentcrm.runtime.http.RequestOptions;
import dev.fluentcrm.runtime.http.RetryPolicy;
import dev.fluentcrm.runtime.http.SdkVersion;
import dev.fluentcrm.runtime.page.Page;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK's rough edges of issue 12, through the generated client over real HTTP. */
class RoughEdgesTest {
    private static final String TAGS =
            "{\"tags\": {\"total\": 3, \"per_page\": 2, \"current_page\": 1, \"last_page\": 2,"
                    + " \"data\": [{\"id\": 1, \"title\": \"VIP\", \"slug\": \"vip\"}, {\"id\": 2, \"title\": \"Lead\","
                    + " \"slug\": \"lead\"}]}, \"all_tags\": [{\"id\": \"1\", \"title\": \"VIP\", \"slug\": \"vip\"},"
                    + " {\"id\": \"2\", \"title\": \"Lead\", \"slug\": \"lead\"}, {\"id\": \"3\", \"title\": \"Cold\", \"slug\": \"cold\"}]}";
    private static final String TAGS_PAGE_2 = "{\"tags\": {\"total\": 3, \"per_page\": 2, \"current_page\": 2,"
            + " \"last_page\": 2, \"data\": [{\"id\": 3, \"title\": \"Cold\", \"slug\": \"cold\"}]}}";

    private ScriptedServer server;
    private FluentCrmClient client;

    @BeforeEach
    void start() {
        server = ScriptedServer.start()
                .on(
                        "GET",
                        "/tags",
                        request -> ScriptedServer.Reply.json(
                                200, request.query("page").contains("2") ? TAGS_PAGE_2 : TAGS));
        client = TestClients.client(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void phpBooleanQueryFlagsAreBooleansSentAsOneAndZero() {
        Page<Tag> page = client.tags()
                .list(ListTagsParams.builder()
                        .allTags(true)
                        .excludeCounts(false)
                        .build());

        assertThat(page.items()).extracting(Tag::title).containsExactly("VIP", "Lead");
        assertThat(server.onlyRequest().query("all_tags")).containsExactly("1");
        assertThat(server.onlyRequest().query("exclude_counts")).containsExactly("0");
    }

    @Test
    void anErrorNamesTheMethodAndTheFullUrlCalledAndAMissingContactIsA422() {
        server.on(
                "GET", "/subscribers/999999", ScriptedServer.Reply.json(422, "{\"message\":\"Subscriber not found\"}"));

        Throwable thrown = catchThrowable(() -> client.contacts()
                .get(
                        999999L,
                        GetContactParams.builder()
                                .with(List.of(GetContactWith.STATS))
                                .build()));

        String call = "GET " + server.siteUrl() + "/wp-json/fluent-crm/v2/subscribers/999999?with%5B%5D=stats";
        assertThat(thrown)
                .isInstanceOf(ValidationException.class)
                .hasMessage(call + " failed with HTTP 422: Subscriber not found");
        assertThat(((FluentCrmException) thrown).call()).hasValue(call);
        assertThat(thrown.getMessage()).doesNotContain(TestClients.PASSWORD).doesNotContain("{id}");
    }

    @Test
    void aWrappedPageKeepsTheEnvelopesOtherKeysWithoutLosingAutoPaging() {
        Page<Tag> page = client.tags()
                .list(ListTagsParams.builder().allTags(true).perPage(2L).build());

        List<String> titles = page.autoPagingStream().map(Tag::title).toList();
        List<Map<String, String>> allTags = page.envelope("all_tags", new TypeReference<List<Map<String, String>>>() {})
                .orElseThrow();

        assertThat(titles).containsExactly("VIP", "Lead", "Cold");
        assertThat(allTags).extracting(tag -> tag.get("slug")).containsExactly("vip", "lead", "cold");
        assertThat(page.envelope().keySet()).containsExactly("all_tags");
        assertThat(page.nextPage().envelope()).isEmpty();
        assertThat(server.requests())
                .allSatisfy(r -> assertThat(r.query("all_tags")).containsExactly("1"));
    }

    @Test
    void theWithResponseAndAsyncFormsKeepTheEnvelopeToo() throws Exception {
        ApiResponse<Page<Tag>> response = client.tags()
                .listWithResponse(ListTagsParams.builder().allTags(true).build());
        Page<Tag> async = TestClients.await(
                client.tags().listAsync(ListTagsParams.builder().allTags(true).build()));

        assertThat(response.value().envelope("all_tags")).isPresent();
        assertThat(async.envelope("all_tags")).isPresent();
        assertThat(async.autoPagingStream().count()).isEqualTo(3);
    }

    @Test
    void perCallOptionsOnAModuleViewAndOnTheClientDefaultHeadersAndTheLoggingHook() {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        FluentCrmClient logged = FluentCrmClient.builder()
                .siteUrl(server.siteUrl())
                .applicationPassword(TestClients.USER, TestClients.PASSWORD)
                .retryPolicy(
                        RetryPolicy.builder().initialDelay(Duration.ofMillis(1)).build())
                .defaultHeader("X-Tenant", "acme")
                .httpListener(HttpListener.logTo(log::add, true))
                .build();
        RequestOptions traced =
                RequestOptions.builder().header("X-Trace", "t-1").maxRetries(0).build();

        logged.tags().withOptions(traced).list();
        logged.withOptions(traced).tags().list();
        logged.tags().list();
        server.failFirst(1);
        Throwable noRetry =
                catchThrowable(() -> logged.tags().withOptions(traced).list());
        server.failFirst(1);
        logged.tags().list(); // the module itself still retries: 503, then the answer

        assertThat(server.requests())
                .extracting(r -> r.headers().get("x-trace"))
                .containsExactly(List.of("t-1"), List.of("t-1"), null, List.of("t-1"), null, null);
        assertThat(server.requests())
                .allSatisfy(r -> assertThat(r.headers().get("x-tenant")).containsExactly("acme"));
        assertThat(noRetry).isInstanceOf(ServerException.class);
        String text = String.join("\n", log);
        assertThat(text)
                .contains("--> GET " + server.siteUrl() + "/wp-json/fluent-crm/v2/tags")
                .contains("X-Trace: t-1")
                .contains("<-- 200 GET ")
                .contains("<-- 503 GET ")
                .containsIgnoringCase("authorization: ****")
                .doesNotContain("Basic ")
                .doesNotContain(TestClients.PASSWORD)
                .doesNotContain(TestClients.PASSWORD.replace(" ", ""))
                .doesNotContain(Base64.getEncoder()
                        .encodeToString(
                                (TestClients.USER + ":" + TestClients.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theUserAgentCarriesTheRuntimeVersion() throws Exception {
        client.tags().list();

        String userAgent = server.onlyRequest().headers().get("user-agent").get(0);
        assertThat(userAgent).isEqualTo("fluentcrm-java/" + SdkVersion.version());
        // From the runtime jar (as in a Maven build that packaged it), the version is the jar's own.
        boolean fromJar = SdkVersion.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath()
                .endsWith(".jar");
        if (fromJar) {
            assertThat(userAgent).matches("fluentcrm-java/[0-9]+\\.[0-9]+\\.[0-9]+.*");
        } else {
            assertThat(userAgent).isEqualTo("fluentcrm-java/development");
        }
    }
}
