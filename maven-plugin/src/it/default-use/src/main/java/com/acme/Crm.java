package com.acme;

import dev.fluentcrm.client.FluentCrmClient;
import dev.fluentcrm.client.TagsApi;

/** Proves the generated client is on the compile path under its default package. */
public final class Crm {
    private Crm() {
    }

    public static TagsApi tags(FluentCrmClient client) {
        return client.tags();
    }
}
