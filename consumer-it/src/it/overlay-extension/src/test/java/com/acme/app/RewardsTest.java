package com.acme.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.acme.fluentcrm.LoyaltyApi;
import com.acme.fluentcrm.testing.MockFluentCrm;
import com.acme.fluentcrm.testing.MockFluentCrmExtension;
import dev.fluentcrm.client.FluentCrmClient;
import dev.fluentcrm.client.model.Contact;
import dev.fluentcrm.runtime.error.NotFoundException;
import dev.fluentcrm.testing.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MockFluentCrmExtension.class)
class RewardsTest {
    @Test
    void callsTheOverlayAndTheSdkOperationsOfOneMock(FluentCrmClient crm, MockFluentCrm mock) {
        assertEquals("ada@example.com", new Rewards(crm).promote(7L));

        assertEquals(1, mock.requests("getLoyaltyPoints").size());
        assertEquals("/loyalty/7/points", mock.requests("getLoyaltyPoints").get(0).path());
        assertEquals(1, mock.requests("getLoyaltyContact").size());
        assertEquals(1, mock.requests("createTag").size(), "the SDK jar's operation, served by the same mock");
    }

    @Test
    void theOverlaysModelsReuseTheSdkModels(FluentCrmClient crm, MockFluentCrm mock) {
        Contact contact = crm.extension(LoyaltyApi::new).getPoints(7L).contact();
        assertEquals("ada@example.com", contact.email());
        assertEquals(Contact.class, contact.getClass(), "dev.fluentcrm.client.model.Contact, from the jar");
    }

    @Test
    void overridesApplyToBothKindsOfOperation(FluentCrmClient crm, MockFluentCrm mock) {
        mock.override("getLoyaltyPoints", MockResponse.json(200, "{\"points\": \"50\"}"));
        new Rewards(crm).promote(7L);
        assertEquals(0, mock.requests("createTag").size(), "50 points are not enough");

        mock.override("getContact", MockResponse.json(404, "{\"message\": \"No query results\"}"));
        assertThrows(NotFoundException.class, () -> crm.contacts().get(9L));
        assertThrows(IllegalArgumentException.class, () -> mock.requests("getLoyaltyPointz"), "a misspelt id fails");
    }
}
