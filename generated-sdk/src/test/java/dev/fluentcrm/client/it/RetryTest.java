package dev.fluentcrm.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fluentcrm.client.FluentCrmClient;
import dev.fluentcrm.client.model.ContactStatus;
import dev.fluentcrm.client.model.ContactUpdate;
import dev.fluentcrm.client.model.CreateContactRequest;
import dev.fluentcrm.client.model.CreateListRequest;
import dev.fluentcrm.client.model.CreateTagRequest;
import dev.fluentcrm.client.model.GetContactParams;
import dev.fluentcrm.client.model.UpdateContactRequest;
import dev.fluentcrm.runtime.error.ApiConnectionException;
import dev.fluentcrm.runtime.error.ServerException;
import dev.fluentcrm.runtime.error.ValidationException;
import dev.fluentcrm.runtime.http.RetryPolicy;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retries through the generated client: idempotent calls are repeated on 503 (and 429), up to the
 * policy's attempts; a POST is never repeated; 422 and 500 are answers, not outages, and are never
 * repeated. The server counts what it really received.
 */
class RetryTest {
    private ScriptedServer server;
    private FluentCrmClient client;

    @BeforeEach
    void start() {
        server = ScriptedServer.start()
                .on(
                        "GET",
                        "/subscribers/1",
                        RealResponses.capture("subscriber_single").reply())
                .on(
                        "GET",
                        "/subscribers/999999",
                        RealResponses.capture("err_missing_contact").reply())
                .on("POST", "/tags", RealResponses.capture("write_tag_create").reply())
                .on(
                        "POST",
                        "/subscribers",
                        RealResponses.capture("err_invalid_email").reply());
        client = TestClients.client(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void getIsRetriedAfter503AndThenSucceeds() {
        server.failFirst(1);

        assertThat(client.contacts().get(1L).subscriber().email()).isEqualTo("ada@example.com");

        assertThat(server.requests())
                .hasSize(2)
                .extracting(ScriptedServer.Recorded::apiPath)
                .containsOnly("/subscribers/1");
    }

    @Test
    void asyncGetIsRetriedAfter503AndThenSucceeds() throws Exception {
        server.failFirst(2);

        assertThat(TestClients.await(client.contacts()
                                .getAsync(1L, GetContactParams.builder().build()))
                        .subscriber()
                        .id())
                .isEqualTo(1L);

        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void getGivesUpAfterTheLastAttempt() {
        server.failFirst(5);

        Throwable thrown = catchThrowable(() -> client.contacts().get(1L));

        assertThat(thrown)
                .isInstanceOfSatisfying(
                        ServerException.class, e -> assertThat(e.statusCode()).isEqualTo(503));
        assertThat(server.requestCount())
                .as("the default policy's three attempts")
                .isEqualTo(3);
    }

    @Test
    void aTimedOutGetIsRetriedAndATimedOutPostIsNot() {
        server.on(
                        "GET",
                        "/lists/1",
                        RealResponses.capture("list_single").reply().after(Duration.ofMillis(400)))
                .on("POST", "/lists", ScriptedServer.Reply.json(200, "{}").after(Duration.ofMillis(400)));
        FluentCrmClient impatient = FluentCrmClient.builder()
                .siteUrl(server.siteUrl())
                .applicationPassword(TestClients.USER, TestClients.PASSWORD)
                .requestTimeout(Duration.ofMillis(100))
                .retryPolicy(RetryPolicy.builder()
                        .maxAttempts(2)
                        .initialDelay(Duration.ofMillis(1))
                        .build())
                .build();

        assertThat(catchThrowable(() -> impatient.lists().get(1L)))
                .isInstanceOfSatisfying(
                        ApiConnectionException.class,
                        e -> assertThat(e.isTimeout()).isTrue());
        assertThat(catchThrowable(() -> impatient
                        .lists()
                        .create(CreateListRequest.builder().title("Beta").build())))
                .isInstanceOf(ApiConnectionException.class);

        assertThat(server.requests())
                .extracting(ScriptedServer.Recorded::method)
                .containsExactly("GET", "GET", "POST");
    }

    @Test
    void putIsIdempotentAndRetried() {
        server.failFirst(1).on("PUT", "/subscribers/1", ScriptedServer.Reply.json(200, "{\"message\":\"ok\"}"));

        client.contacts()
                .update(
                        1L,
                        UpdateContactRequest.builder()
                                .subscriber(ContactUpdate.builder()
                                        .status(ContactStatus.SUBSCRIBED)
                                        .build())
                                .build());

        assertThat(server.requests())
                .extracting(ScriptedServer.Recorded::method)
                .containsExactly("PUT", "PUT");
    }

    @Test
    void postIsNotRetriedOn503() {
        server.failFirst(1);

        Throwable thrown = catchThrowable(() ->
                client.tags().create(CreateTagRequest.builder().title("VIP").build()));

        assertThat(thrown).isInstanceOfSatisfying(ServerException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(503);
            assertThat(e.serverMessage()).contains("Service Unavailable");
        });
        assertThat(server.requestCount())
                .as("a repeated POST could create a second tag")
                .isEqualTo(1);
    }

    @Test
    void asyncPostIsNotRetriedOn503() {
        server.failFirst(1);

        Throwable thrown = TestClients.asyncFailure(client.tags()
                .createAsync(CreateTagRequest.builder().title("VIP").build()));

        assertThat(thrown).isInstanceOf(ServerException.class);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void postIsRetriedWhenThePolicySaysItIsSafe() {
        FluentCrmClient retryingPosts = FluentCrmClient.builder()
                .siteUrl(server.siteUrl())
                .applicationPassword(TestClients.USER, TestClients.PASSWORD)
                .retryPolicy(RetryPolicy.builder()
                        .initialDelay(Duration.ofMillis(1))
                        .retryNonIdempotent(true)
                        .build())
                .build();
        server.failFirst(1);

        assertThat(retryingPosts
                        .tags()
                        .create(CreateTagRequest.builder()
                                .title("Tmp Sample Tag")
                                .build())
                        .item()
                        .id())
                .isEqualTo(5L);
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void a422IsNeverRetried() {
        assertThat(catchThrowable(() -> client.contacts().get(999999L))).isInstanceOf(ValidationException.class);
        assertThat(catchThrowable(() -> client.contacts()
                        .create(CreateContactRequest.builder()
                                .email("x")
                                .status(ContactStatus.SUBSCRIBED)
                                .build())))
                .isInstanceOf(ValidationException.class);

        assertThat(server.requests())
                .extracting(r -> r.method() + " " + r.apiPath())
                .containsExactly("GET /subscribers/999999", "POST /subscribers");
    }

    @Test
    void a500IsNotRetried() {
        server.on(
                "GET",
                "/subscribers/2",
                ScriptedServer.Reply.of(
                        500,
                        "text/html; charset=UTF-8",
                        "<html><head><title>WordPress &rsaquo; Error</title></head><body><p>There has been a critical error on this website.</p></body></html>"));

        Throwable thrown = catchThrowable(() -> client.contacts().get(2L));

        assertThat(thrown)
                .isInstanceOfSatisfying(
                        ServerException.class,
                        e -> assertThat(e.serverMessage())
                                .contains("There has been a critical error on this website."));
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void a429IsRetriedAfterRetryAfter() {
        server.on("GET", "/subscribers/3", new Function<ScriptedServer.Recorded, ScriptedServer.Reply>() {
            private int calls;

            @Override
            public ScriptedServer.Reply apply(ScriptedServer.Recorded request) {
                return ++calls == 1
                        ? ScriptedServer.Reply.json(429, "{\"message\":\"Too many requests\"}")
                                .withHeader("Retry-After", "0")
                        : RealResponses.capture("subscriber_single").reply();
            }
        });

        assertThat(client.contacts().get(3L).subscriber()).isNotNull();
        assertThat(server.requestCount()).isEqualTo(2);
    }
}
