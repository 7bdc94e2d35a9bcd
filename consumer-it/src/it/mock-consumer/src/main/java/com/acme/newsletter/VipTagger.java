package com.acme.newsletter;

import dev.fluentcrm.client.FluentCrmClient;
import dev.fluentcrm.client.model.Contact;
import dev.fluentcrm.client.model.ContactStatus;
import dev.fluentcrm.client.model.CreateTagRequest;
import dev.fluentcrm.client.model.ListContactsParams;
import java.util.ArrayList;
import java.util.List;

/** The application code under test: reads the contacts with a tag and creates tags. */
public final class VipTagger {
    private final FluentCrmClient crm;

    public VipTagger(FluentCrmClient crm) {
        this.crm = crm;
    }

    /** The e-mail addresses of every subscribed contact with tag {@code tagId}, across all pages. */
    public List<String> subscribedEmailsTagged(long tagId) {
        ListContactsParams params = ListContactsParams.builder().tags(List.of(tagId)).perPage(50L).build();
        List<String> emails = new ArrayList<>();
        for (Contact contact : crm.contacts().list(params).autoPaging()) {
            if (ContactStatus.SUBSCRIBED.equals(contact.status())) {
                emails.add(contact.email());
            }
        }
        return emails;
    }

    /** Creates a tag and returns its id. */
    public long createTag(String title) {
        return crm.tags().create(CreateTagRequest.builder().title(title).build()).item().id();
    }
}
