package com.acme.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fluentcrm.client.FluentCrmClient;
import dev.fluentcrm.runtime.error.ValidationException;
import dev.fluentcrm.testing.MockFluentCrm;
import dev.fluentcrm.testing.MockFluentCrmExtension;
import dev.fluentcrm.testing.MockResponse;
import dev.fluentcrm.testing.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The application's own tests, against MockFluentCrm from fluentcrm-sdk-testing. */
@ExtendWith(MockFluentCrmExtension.class)
class VipTaggerTest {
    private static final String TWO_CONTACTS = """
            {"subscribers": {"total": 2, "per_page": 50, "current_page": 1, "last_page": 1, "data": [
              {"id": "11", "email": "ada@example.com", "status": "subscribed"},
              {"id": "12", "email": "bob@example.com", "status": "unsubscribed"}
            ]}, "custom": null}
            """;

    @Test
    void listsSubscribedContactsWithTheTagAndCreatesTags(FluentCrmClient crm, MockFluentCrm mock) {
        mock.override("listContacts", MockResponse.json(200, TWO_CONTACTS));
        VipTagger tagger = new VipTagger(crm);

        assertEquals(List.of("ada@example.com"), tagger.subscribedEmailsTagged(7L));
        assertEquals(5L, tagger.createTag("VIP"));   // the spec's example answer

        List<RecordedRequest> lists = mock.requests("listContacts");
        assertEquals(1, lists.size());
        RecordedRequest list = lists.get(0);
        assertEquals("GET", list.method());
        assertEquals("/subscribers", list.path());
        assertEquals(List.of("7"), list.queryValues("tags[]"));
        assertEquals(List.of("50"), list.queryValues("per_page"));
        assertEquals(200, list.status());

        List<RecordedRequest> creates = mock.requests("createTag");
        assertEquals(1, creates.size());
        assertEquals("POST", creates.get(0).method());
        assertEquals("/tags", creates.get(0).path());
        assertTrue(creates.get(0).body().contains("\"title\":\"VIP\""), creates.get(0).body());
        assertEquals(List.of("listContacts", "createTag"), mock.requests().stream().map(RecordedRequest::operationId).toList());
    }

    @Test
    void reportsFluentCrmValidationErrors() {
        try (MockFluentCrm mock = MockFluentCrm.start()) {
            FluentCrmClient crm = FluentCrmClient.builder()
                    .siteUrl(mock.siteUrl())
                    .applicationPassword(MockFluentCrm.USER, MockFluentCrm.PASSWORD)
                    .build();
            mock.override("createTag", MockResponse.json(422, "{\"title\":{\"unique\":\"The title has already been taken.\"}}"));

            ValidationException e = assertThrows(ValidationException.class, () -> new VipTagger(crm).createTag("VIP"));

            assertEquals(Map.of("title", Map.of("unique", "The title has already been taken.")), e.fieldErrors());
            assertEquals(1, mock.requests("createTag").size());
            assertEquals(422, mock.requests("createTag").get(0).status());
        }
    }
}
