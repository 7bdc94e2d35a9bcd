package dev.fluentcrm.testing;

import dev.fluentcrm.client.server.CompaniesService;
import dev.fluentcrm.client.server.ContactsService;
import dev.fluentcrm.client.server.ListsService;
import dev.fluentcrm.client.server.TagsService;

/**
 * The stateful mode's data: contacts (with notes), tags, lists and companies, each a generated
 * service interface implemented in memory. Operations they do not model answer 501, and the mock
 * then answers with the fixture.
 */
final class InMemoryCrm {
    private final TagStore tags = new TagStore();
    private final ListStore lists = new ListStore();
    private final ContactStore contacts = new ContactStore(tags, lists);
    private final CompanyStore companies = new CompanyStore();

    ContactsService contacts() {
        return contacts;
    }

    TagsService tags() {
        return tags;
    }

    ListsService lists() {
        return lists;
    }

    CompaniesService companies() {
        return companies;
    }
}
