package com.acme.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.acme.crm.FluentCrmClient;
import com.acme.crm.model.Contact;
import com.acme.crm.model.ContactStatus;
import com.acme.crm.model.ContactUpdate;
import com.acme.crm.model.CreateContactRequest;
import com.acme.crm.model.CreateTagRequest;
import com.acme.crm.model.ListContactsParams;
import com.acme.crm.model.Tag;
import com.acme.crm.model.UpdateContactRequest;
import com.acme.crm.testing.MockFluentCrm;
import com.acme.crm.testing.MockFluentCrmExtension;
import dev.fluentcrm.runtime.error.NotFoundException;
import dev.fluentcrm.runtime.error.ValidationException;
import dev.fluentcrm.runtime.page.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The stateful mock of the user's own package: contacts and tags kept in memory, as FluentCRM keeps them. */
class StatefulContactsTest {
    @RegisterExtension
    final MockFluentCrmExtension mock = new MockFluentCrmExtension(true);

    @Test
    void aContactIsCreatedFoundTaggedAndDeleted(FluentCrmClient crm, MockFluentCrm server) {
        Tag vip = crm.tags().create(CreateTagRequest.builder().title("VIP").build()).item();
        Contact ada = crm.contacts()
                .create(CreateContactRequest.builder()
                        .email("ada@example.com")
                        .firstName("Ada")
                        .lastName("Lovelace")
                        .status(ContactStatus.SUBSCRIBED)
                        .build())
                .contact();
        assertEquals("Ada Lovelace", ada.fullName());
        assertThrows(ValidationException.class, () -> crm.contacts()
                .create(CreateContactRequest.builder().email("ada@example.com").status(ContactStatus.SUBSCRIBED).build()));

        crm.contacts().update(ada.id(), UpdateContactRequest.builder()
                .subscriber(ContactUpdate.builder().attachTags(List.of(vip.id())).build())
                .build());
        Page<Contact> tagged = crm.contacts().list(ListContactsParams.builder().tags(List.of(vip.id())).build());
        assertEquals(1, tagged.total());
        assertEquals("VIP", tagged.items().get(0).tags().get(0).title());
        assertEquals("ada@example.com", crm.contacts().get(ada.id()).subscriber().email());

        crm.contacts().deleteContact(ada.id());
        assertThrows(NotFoundException.class, () -> crm.contacts().get(ada.id()));
        assertEquals(2, server.requests("getContact").size());
    }
}
