package golden.overlays_only.testing;

import dev.fluentcrm.runtime.http.RetryPolicy;
import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.route.Router;
import dev.fluentcrm.testing.MockServer;
import golden.outputs_testing.FluentCrmClient;
import golden.overlays_only.fixtures.Fixtures;
import golden.overlays_only.server.FluentCrmRouter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * A Pro and public operations site on 127.0.0.1 for tests: each operation of the prebuilt SDK and each of the 3 this
 * extension adds answers with its fixture,
 * every request is validated against the spec and recorded, and any answer can be overridden.
 * A stateful mock ({@link #startStateful()}) keeps contacts, notes, tags, lists and companies in
 * memory and answers their operations as FluentCRM does.
 *
 * <pre>{@code
 * try (MockFluentCrm mock = MockFluentCrm.start()) {
 *     FluentCrmClient crm = mock.client();
 *     ...
 * }
 * }</pre>
 */
@Generated("dev.fluentcrm.codegen.emit.testing.TestingEmitter")
public final class MockFluentCrm extends MockServer<MockFluentCrm> {
    /**
     * The operations this extension adds; every other one is the prebuilt SDK's.
     */
    private static final Set<String> OWN = Set.of("addLoyaltyPoints", "getLoyaltyPoints",
            "getSequencePoints");

    private MockFluentCrm(boolean stateful, int maxBodyBytes) {
        super(new Spec(routes(), FluentCrmRouter.schemas(), MockFluentCrm::fixture, stateful,
                maxBodyBytes));
    }

    private static List<Route> routes() {
        List<Route> routes = new ArrayList<>(golden.outputs_testing.server.FluentCrmRouter.builder().routes());
        routes.addAll(FluentCrmRouter.builder().routes());
        return routes;
    }

    private static String fixture(String operationId) {
        return OWN.contains(operationId) ? Fixtures.responseJson(operationId) :
                golden.outputs_testing.fixtures.Fixtures.responseJson(operationId);
    }

    /**
     * A stateless mock on a free port.
     */
    public static MockFluentCrm start() {
        return builder().start();
    }

    /**
     * A mock whose contacts, notes, tags, lists and companies are kept in memory.
     */
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

    /**
     * A client of this mock with its credentials and no retries (a retried call would be recorded twice).
     */
    public FluentCrmClient client() {
        return FluentCrmClient.builder().siteUrl(siteUrl()).applicationPassword(USER, PASSWORD)
                .retryPolicy(RetryPolicy.none()).build();
    }

    /**
     * Configures a {@link MockFluentCrm}.
     */
    public static final class Builder {
        private boolean stateful;

        private int maxBodyBytes = Router.DEFAULT_MAX_BODY_BYTES;

        private Builder() {
        }

        /**
         * Keep contacts, notes, tags, lists and companies in memory.
         */
        public Builder stateful(boolean stateful) {
            this.stateful = stateful;
            return this;
        }

        /**
         * Refuse bodies larger than this with 413.
         */
        public Builder maxBodyBytes(int limit) {
            this.maxBodyBytes = limit;
            return this;
        }

        public MockFluentCrm start() {
            return new MockFluentCrm(stateful, maxBodyBytes);
        }
    }
}
