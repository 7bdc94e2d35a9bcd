package com.acme.app;

import com.acme.crm.FluentCrmClient;
import com.acme.crm.model.CreateTagRequest;
import com.acme.crm.model.ListLoyaltyPointsParams;
import com.acme.crm.model.LoyaltyPoints;
import java.util.List;

/** The user's own code: it tags new subscribers and reads the loyalty points of their site plugin. */
public final class Newsletter {
    private final FluentCrmClient crm;

    public Newsletter(FluentCrmClient crm) {
        this.crm = crm;
    }

    public String createTag(String title) {
        return crm.tags().create(CreateTagRequest.builder().title(title).build()).message();
    }

    public long totalPoints() {
        List<LoyaltyPoints> points = crm.loyalty().listPoints(ListLoyaltyPointsParams.builder().page(1L).build());
        return points.stream().mapToLong(LoyaltyPoints::points).sum();
    }
}
