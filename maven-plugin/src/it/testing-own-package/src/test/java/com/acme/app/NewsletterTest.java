package com.acme.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.FluentCrmClient;
import com.acme.crm.testing.MockFluentCrm;
import com.acme.crm.testing.MockFluentCrmExtension;
import dev.fluentcrm.runtime.error.ValidationException;
import dev.fluentcrm.testing.MockResponse;
import dev.fluentcrm.testing.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MockFluentCrmExtension.class)
class NewsletterTest {
    @Test
    void theOverlayOperationIsServedAndCanBeOverridden(FluentCrmClient crm, MockFluentCrm mock) {
        Newsletter newsletter = new Newsletter(crm);
        assertEquals(120, newsletter.totalPoints(), "the overlay's example is its fixture");

        mock.override("listLoyaltyPoints", MockResponse.json(200, "[{\"subscriber_id\": \"7\", \"points\": \"5\"},"
                + " {\"subscriber_id\": 8, \"points\": 6}]"));
        assertEquals(11, newsletter.totalPoints(), "PHP's numbers as strings decode too");

        List<RecordedRequest> calls = mock.requests("listLoyaltyPoints");
        assertEquals(2, calls.size());
        assertEquals(List.of("1"), calls.get(1).queryValues("page"));
    }

    @Test
    void baseOperationsAnswerWithFixturesAndOverridesAndValidateLikeFluentCrm(FluentCrmClient crm, MockFluentCrm mock) {
        Newsletter newsletter = new Newsletter(crm);
        assertTrue(!newsletter.createTag("VIP").isEmpty());
        mock.override("createTag", MockResponse.json(422, "{\"title\":{\"required\":\"The title field is required.\"}}"));
        assertThrows(ValidationException.class, () -> newsletter.createTag("VIP"));
        assertEquals(2, mock.requests("createTag").size());
        assertThrows(IllegalArgumentException.class, () -> mock.requests("createTags"), "a misspelt id fails");
    }

    @Test
    void thePrebuiltSdkIsNotOnTheClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("dev.fluentcrm.client.FluentCrmClient"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("dev.fluentcrm.testing.MockFluentCrm"));
    }
}
