package dev.fluentcrm.testing;

import dev.fluentcrm.client.FluentCrmClient;
import dev.fluentcrm.client.fixtures.Fixtures;
import dev.fluentcrm.client.server.FluentCrmRouter;
import dev.fluentcrm.runtime.http.RetryPolicy;
import dev.fluentcrm.server.route.Router;

/**
 * A FluentCRM site on 127.0.0.1, generated from the spec: every operation answers with its
 * fixture (the spec's example), every request is validated against the spec (400/422 as
 * WordPress and FluentCRM answer) and recorded, and any operation's answer can be overridden. In
 * stateful mode contacts, tags, lists, companies and notes live in memory and behave like the
 * real thing.
 *
 * <pre>{@code
 * try (MockFluentCrm crm = MockFluentCrm.start()) {
 *     FluentCrmClient client = crm.client();
 *     ...
 * }
 * }</pre>
 */
public final class MockFluentCrm extends MockServer<MockFluentCrm> {
    private MockFluentCrm(Builder builder) {
        super(new Spec(
                FluentCrmRouter.builder().routes(),
                FluentCrmRouter.schemas(),
                Fixtures::responseJson,
                builder.stateful,
                builder.maxBodyBytes));
    }

    /** A stateless mock on a free port. */
    public static MockFluentCrm start() {
        return builder().start();
    }

    /** A mock whose contacts, tags, lists, companies and notes are kept in memory. */
    public static MockFluentCrm startStateful() {
        return builder().stateful(true).start();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected MockFluentCrm self() {
        return this;
    }

    /** A client of this mock with its credentials and no retries (a retried call would be recorded twice). */
    public FluentCrmClient client() {
        return FluentCrmClient.builder()
                .siteUrl(siteUrl())
                .applicationPassword(USER, PASSWORD)
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    /** Configures a {@link MockFluentCrm}. */
    public static final class Builder {
        private boolean stateful;
        private int maxBodyBytes = Router.DEFAULT_MAX_BODY_BYTES;

        private Builder() {}

        /** Keep contacts, tags, lists, companies and notes in memory. */
        public Builder stateful(boolean stateful) {
            this.stateful = stateful;
            return this;
        }

        /** Refuse bodies larger than this with 413. */
        public Builder maxBodyBytes(int limit) {
            this.maxBodyBytes = limit;
            return this;
        }

        public MockFluentCrm start() {
            return new MockFluentCrm(this);
        }
    }
}
