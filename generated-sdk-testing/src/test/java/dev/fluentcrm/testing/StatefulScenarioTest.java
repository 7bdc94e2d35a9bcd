package dev.fluentcrm.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluentcrm.client.FluentCrmClient;
import dev.fluentcrm.client.model.Contact;
import dev.fluentcrm.client.model.ContactStatus;
import dev.fluentcrm.client.model.ContactUpdate;
import dev.fluentcrm.client.model.CreateContactRequest;
import dev.fluentcrm.client.model.CreateListRequest;
import dev.fluentcrm.client.model.CreateTagRequest;
import dev.fluentcrm.client.model.ListContactsParams;
import dev.fluentcrm.client.model.MailingList;
import dev.fluentcrm.client.model.Tag;
import dev.fluentcrm.client.model.UpdateContactRequest;
import dev.fluentcrm.runtime.error.NotFoundException;
import dev.fluentcrm.runtime.error.ValidationException;
import dev.fluentcrm.runtime.page.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The stateful mode through the generated client: what is written is what is read back. */
class StatefulScenarioTest {
    @RegisterExtension
    final MockFluentCrmExtension mock = new MockFluentCrmExtension(true);

    @Test
    void contactsWithTagsAndListsBehaveLikeTheRealServer(FluentCrmClient crm) {
        Tag vip = crm.tags()
                .create(CreateTagRequest.builder().title("VIP").build())
                .item();
        Tag lead = crm.tags()
                .create(CreateTagRequest.builder().title("Lead").build())
                .item();
        MailingList news = crm.lists()
                .create(CreateListRequest.builder().title("Newsletter").build())
                .lists();

        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            Contact created = crm.contacts()
                    .create(CreateContactRequest.builder()
                            .email("person" + i + "@example.com")
                            .firstName("Person")
                            .lastName("No" + i)
                            .status(i % 2 == 0 ? ContactStatus.SUBSCRIBED : ContactStatus.PENDING)
                            .tags(i % 3 == 0 ? List.of(vip.id()) : List.of(lead.id()))
                            .lists(List.of(news.id()))
                            .build())
                    .contact();
            ids.add(created.id());
        }
        assertThatThrownBy(() -> crm.contacts()
                        .create(CreateContactRequest.builder()
                                .email("person1@example.com")
                                .status(ContactStatus.SUBSCRIBED)
                                .build()))
                .isInstanceOf(ValidationException.class);

        // Paging: 23 contacts, 10 a page, newest first, and auto-paging walks all of them once.
        Page<Contact> first =
                crm.contacts().list(ListContactsParams.builder().perPage(10L).build());
        assertThat(first.total()).isEqualTo(23);
        assertThat(first.lastPage()).isEqualTo(3);
        assertThat(first.items()).hasSize(10);
        assertThat(first.autoPagingStream().map(Contact::id))
                .hasSize(23)
                .doesNotHaveDuplicates()
                .containsAll(ids);

        // Filters: tag, status, search.
        Page<Contact> vips = crm.contacts()
                .list(ListContactsParams.builder()
                        .tags(List.of(vip.id()))
                        .perPage(50L)
                        .build());
        assertThat(vips.items())
                .hasSize(7)
                .allSatisfy(c -> assertThat(c.tags()).extracting(Tag::title).containsExactly("VIP"));
        Page<Contact> subscribed = crm.contacts()
                .list(ListContactsParams.builder()
                        .statuses(List.of(ContactStatus.SUBSCRIBED))
                        .perPage(50L)
                        .build());
        assertThat(subscribed.items()).hasSize(11);
        assertThat(crm.contacts()
                        .list(ListContactsParams.builder().search("person17@").build())
                        .items())
                .extracting(Contact::email)
                .containsExactly("person17@example.com");

        // Update: fields, and tags attached and detached.
        Long id = ids.get(4);
        crm.contacts()
                .update(
                        id,
                        UpdateContactRequest.builder()
                                .subscriber(ContactUpdate.builder()
                                        .firstName("Ada")
                                        .lastName("Lovelace")
                                        .phone("+44 20 7946 0000")
                                        .attachTags(List.of(vip.id()))
                                        .detachTags(List.of(lead.id()))
                                        .build())
                                .build());
        Contact read = crm.contacts().get(id).subscriber();
        assertThat(read.firstName()).isEqualTo("Ada");
        assertThat(read.lastName()).isEqualTo("Lovelace");
        assertThat(read.fullName()).isEqualTo("Ada Lovelace");
        assertThat(read.phone()).isEqualTo("+44 20 7946 0000");
        assertThat(read.email()).isEqualTo("person5@example.com");
        assertThat(read.tags()).extracting(Tag::title).containsExactly("VIP");
        assertThat(read.lists()).extracting(MailingList::title).containsExactly("Newsletter");

        // Delete: gone from reads and lists.
        crm.contacts().deleteContact(id);
        assertThatThrownBy(() -> crm.contacts().get(id)).isInstanceOf(NotFoundException.class);
        assertThat(crm.contacts()
                        .list(ListContactsParams.builder().perPage(50L).build())
                        .total())
                .isEqualTo(22);
    }
}
