package dev.fluentcrm.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluentcrm.client.FluentCrmClient;
import dev.fluentcrm.client.model.Contact;
import dev.fluentcrm.client.model.ListContactsParams;
import dev.fluentcrm.runtime.page.Page;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code autoPaging()} of a generated list operation walks every page of {@code GET /subscribers}
 * (the captured contacts, 2 a page: pages 1..3 of a total of 5), in order, and fetches a page
 * only when the walk reaches it.
 */
class AutoPagingTest {
    private ScriptedServer server;
    private FluentCrmClient client;

    @BeforeEach
    void start() {
        server = ScriptedServer.start().on("GET", "/subscribers", ContactPages.perPage(2));
        client = TestClients.client(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void walksEveryPageInOrder() {
        Page<Contact> first =
                client.contacts().list(ListContactsParams.builder().perPage(2L).build());

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.lastPage()).isEqualTo(3);
        assertThat(first.items()).hasSize(2);

        List<String> emails = first.autoPagingStream().map(Contact::email).toList();

        assertThat(emails).containsExactlyElementsOf(ContactPages.EMAILS);
        assertThat(server.requests()).extracting(r -> r.queryValue("page")).containsExactly(null, "2", "3");
        assertThat(server.requests()).extracting(r -> r.queryValue("per_page")).containsOnly("2");
    }

    @Test
    void fetchesTheNextPageOnlyAfterTheCurrentOneIsConsumed() {
        Page<Contact> first =
                client.contacts().list(ListContactsParams.builder().perPage(2L).build());
        Iterator<Contact> contacts = first.autoPaging().iterator();

        assertThat(contacts.next().email()).isEqualTo("margaret@example.org");
        assertThat(contacts.next().email()).isEqualTo("linus@example.com");
        assertThat(server.requestCount())
                .as("page 1's items consumed, page 2 not asked for yet")
                .isEqualTo(1);

        assertThat(contacts.hasNext()).isTrue();
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(server.requests().get(1).queryValue("page")).isEqualTo("2");
        assertThat(contacts.next().email()).isEqualTo("grace@example.net");
        assertThat(contacts.next().email()).isEqualTo("alan@example.org");
        assertThat(server.requestCount()).isEqualTo(2);

        assertThat(contacts.next().email()).isEqualTo("ada@example.com");
        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(contacts.hasNext()).as("page 3 is the last").isFalse();
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void aLimitedStreamFetchesNothingMore() {
        Page<Contact> first =
                client.contacts().list(ListContactsParams.builder().perPage(2L).build());

        assertThat(first.autoPagingStream().limit(1).map(Contact::email)).containsExactly("margaret@example.org");
        assertThat(first.autoPagingStream().limit(2).map(Contact::email))
                .containsExactly("margaret@example.org", "linus@example.com");
        assertThat(server.requestCount()).as("only the first page was fetched").isEqualTo(1);

        assertThat(first.autoPagingStream().limit(3).map(Contact::email)).endsWith("grace@example.net");
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void keepsTheFiltersOnEveryPage() {
        ListContactsParams params = ListContactsParams.builder()
                .search("example")
                .tags(List.of(1L, 2L))
                .perPage(2L)
                .build();

        assertThat(client.contacts().list(params).autoPagingStream()).hasSize(5);

        assertThat(server.requests()).hasSize(3).allSatisfy(request -> {
            assertThat(request.queryValue("search")).isEqualTo("example");
            assertThat(request.query("tags[]")).containsExactly("1", "2");
        });
    }

    @Test
    void walksFromAnAsyncFirstPage() throws Exception {
        Page<Contact> first = TestClients.await(client.contacts()
                .listAsync(ListContactsParams.builder().perPage(2L).build()));

        assertThat(first.autoPagingStream().map(Contact::email)).containsExactlyElementsOf(ContactPages.EMAILS);
        assertThat(server.requestCount()).isEqualTo(3);
    }
}
