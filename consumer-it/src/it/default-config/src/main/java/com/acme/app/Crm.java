package com.acme.app;

import dev.fluentcrm.client.FluentCrmClient;
import dev.fluentcrm.client.TagsApi;

/** Compiles against the fluentcrm-sdk jar, the whole SDK the bundled spec describes. */
public final class Crm {
    private Crm() {
    }

    public static TagsApi tags(FluentCrmClient client) {
        return client.tags();
    }
}
