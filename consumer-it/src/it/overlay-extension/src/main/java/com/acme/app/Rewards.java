package com.acme.app;

import com.acme.fluentcrm.LoyaltyApi;
import com.acme.fluentcrm.model.LoyaltyPoints;
import dev.fluentcrm.client.FluentCrmClient;
import dev.fluentcrm.client.model.Contact;
import dev.fluentcrm.client.model.CreateTagRequest;

/** Uses the SDK jar's operations and the overlay's, through one client. */
public final class Rewards {
    private final FluentCrmClient crm;
    private final LoyaltyApi loyalty;

    public Rewards(FluentCrmClient crm) {
        this.crm = crm;
        this.loyalty = crm.extension(LoyaltyApi::new);
    }

    /** Tags the contact behind a loyalty account VIP once it has 100 points; returns its email. */
    public String promote(long subscriberId) {
        LoyaltyPoints points = loyalty.getPoints(subscriberId);
        Contact contact = loyalty.getContact(subscriberId);
        if (points.points() != null && points.points() >= 100) {
            crm.tags().create(CreateTagRequest.builder().title("VIP").build());
        }
        return contact.email();
    }
}
