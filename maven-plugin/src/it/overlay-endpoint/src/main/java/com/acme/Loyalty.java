package com.acme;

import dev.fluentcrm.client.FluentCrmClient;
import dev.fluentcrm.client.model.LoyaltyPoints;

/** Compiles only if the overlay's endpoint became a module of the client. */
public final class Loyalty {
    private Loyalty() {
    }

    public static LoyaltyPoints points(FluentCrmClient client, long contactId) {
        return client.loyalty().getPoints(contactId);
    }
}
