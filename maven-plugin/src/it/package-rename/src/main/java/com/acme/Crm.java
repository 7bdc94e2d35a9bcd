package com.acme;

import com.example.crm.FluentCrmClient;
import com.example.crm.model.Tag;

public final class Crm {
    private Crm() {
    }

    public static Tag tag(FluentCrmClient client) {
        return client.tags().get(1L);
    }
}
