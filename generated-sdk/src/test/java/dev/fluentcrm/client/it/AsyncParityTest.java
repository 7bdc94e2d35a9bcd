package dev.fluentcrm.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fluentcrm.client.FluentCrmClient;
import dev.fluentcrm.client.model.Contact;
import dev.fluentcrm.client.model.ContactStatus;
import dev.fluentcrm.client.model.CreateContactRequest;
import dev.fluentcrm.client.model.GetCampaignParams;
import dev.fluentcrm.client.model.GetContactParams;
import dev.fluentcrm.client.model.GetContactResponse;
import dev.fluentcrm.client.model.ListContactsParams;
import dev.fluentcrm.client.model.ListListsParams;
import dev.fluentcrm.client.model.ListListsResponse;
import dev.fluentcrm.client.model.MailingList;
import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.error.NotFoundException;
import dev.fluentcrm.runtime.error.ValidationException;
import dev.fluentcrm.runtime.page.Page;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code *Async} form of an operation gives what the blocking form gives: the same value for a
 * success, and a future failed with the same exception (type, status, code, message, fields) for
 * a 404 and a 422.
 */
class AsyncParityTest {
    private ScriptedServer server;
    private FluentCrmClient client;

    @BeforeEach
    void start() {
        server = ScriptedServer.start();
        for (String name : new String[] {
            "subscribers_list",
            "subscriber_single",
            "lists_list",
            "err_missing_contact",
            "err_missing_campaign",
            "err_invalid_email"
        }) {
            RealResponses.Capture capture = RealResponses.capture(name);
            server.on(capture.method(), capture.path(), capture.reply());
        }
        client = TestClients.client(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPageIsTheSame() throws Exception {
        Page<Contact> sync = client.contacts().list();
        Page<Contact> async = TestClients.await(
                client.contacts().listAsync(ListContactsParams.builder().build()));

        assertThat(async.items()).isEqualTo(sync.items()).hasSize(5);
        assertThat(async.total()).isEqualTo(sync.total());
        assertThat(async.lastPage()).isEqualTo(sync.lastPage());
    }

    @Test
    void aRecordIsTheSame() throws Exception {
        GetContactResponse sync = client.contacts().get(1L);
        GetContactResponse async = TestClients.await(
                client.contacts().getAsync(1L, GetContactParams.builder().build()));

        assertThat(async).isEqualTo(sync);
        assertThat(async.subscriber().email()).isEqualTo("ada@example.com");

        ListListsResponse lists = TestClients.await(
                client.lists().listAsync(ListListsParams.builder().build()));
        assertThat(lists).isEqualTo(client.lists().list());
    }

    @Test
    void theAsyncFormDoesNotWaitForTheAnswer() throws Exception {
        server.on(
                "GET", "/lists/1", RealResponses.capture("list_single").reply().after(Duration.ofMillis(300)));

        CompletableFuture<MailingList> future = client.lists().getAsync(1L);

        assertThat(future).as("returned before the server answered").isNotDone();
        assertThat(TestClients.await(future)).isEqualTo(client.lists().get(1L));
    }

    @Test
    void a404FailsTheSame() {
        Throwable sync = catchThrowable(() -> client.campaigns().get(999999L));
        Throwable async = TestClients.asyncFailure(
                client.campaigns().getAsync(999999L, GetCampaignParams.builder().build()));

        assertThat(sync).isInstanceOf(NotFoundException.class);
        assertSameFailure(async, sync);
    }

    @Test
    void a422FailsTheSame() {
        Throwable sync = catchThrowable(() -> client.contacts().get(999999L));
        Throwable async = TestClients.asyncFailure(
                client.contacts().getAsync(999999L, GetContactParams.builder().build()));

        assertThat(sync).isInstanceOf(ValidationException.class);
        assertSameFailure(async, sync);
    }

    @Test
    void a422WithFieldErrorsFailsTheSame() {
        CreateContactRequest invalid = CreateContactRequest.builder()
                .email("not-an-email")
                .status(ContactStatus.SUBSCRIBED)
                .build();
        Throwable sync = catchThrowable(() -> client.contacts().create(invalid));
        Throwable async = TestClients.asyncFailure(client.contacts().createAsync(invalid));

        assertThat(sync).isInstanceOf(ValidationException.class);
        assertSameFailure(async, sync);
        assertThat(((ValidationException) async).fieldErrors())
                .isEqualTo(((ValidationException) sync).fieldErrors())
                .containsKey("email");
    }

    @Test
    void anInvalidCallFailsTheSame() {
        // Refused before anything is sent, by both forms. The async form now throws at once instead of
        // returning a failed future; both are accepted here, the exception type must match.
        Throwable sync = catchThrowable(
                () -> client.contacts().get(null, GetContactParams.builder().build()));
        Throwable async = catchThrowable(() -> TestClients.await(
                client.contacts().getAsync(null, GetContactParams.builder().build())));

        assertThat(sync).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'id'");
        assertThat(async)
                .satisfiesAnyOf(
                        thrown -> assertThat(thrown).isInstanceOf(IllegalArgumentException.class),
                        thrown -> assertThat(thrown).hasCauseInstanceOf(IllegalArgumentException.class));
        assertThat(server.requestCount()).isZero();
    }

    private static void assertSameFailure(Throwable async, Throwable sync) {
        assertThat(async).isExactlyInstanceOf(sync.getClass());
        FluentCrmException a = (FluentCrmException) async;
        FluentCrmException s = (FluentCrmException) sync;
        assertThat(a.statusCode()).isEqualTo(s.statusCode());
        assertThat(a.errorCode()).isEqualTo(s.errorCode());
        assertThat(a.serverMessage()).isEqualTo(s.serverMessage()).isPresent();
        assertThat(a.rawBody()).isEqualTo(s.rawBody());
        assertThat(a.getMessage()).isEqualTo(s.getMessage());
    }
}
