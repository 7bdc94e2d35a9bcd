package golden.overlays_only.server;

import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.route.Router;
import dev.fluentcrm.server.validate.SchemaRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Binds services to the routes of the Pro and public operations.
 *
 * <pre>{@code
 * Router router = FluentCrmRouter.builder()
 *         .sequences(new MySequences())
 *         .router()
 *         .authenticator(ApplicationPasswords.of("admin", "abcd efgh ijkl mnop"))
 *         .build();
 * FluentCrmHttpServer server = FluentCrmHttpServer.start(router);
 * }</pre>
 *
 * <p>Modules without a service answer 501 to each of their operations.
 */
@Generated("dev.fluentcrm.codegen.emit.server.RouterEmitter")
public final class FluentCrmRouter {
    private FluentCrmRouter() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The schemas every request body and parameter refers to, by name.
     */
    public static SchemaRegistry schemas() {
        SchemaRegistry registry = golden.outputs_testing.server.FluentCrmRouter.schemas();
        return registry;
    }

    /**
     * Collects the services; unset ones answer 501.
     */
    public static final class Builder {
        private SequencesService sequences = new SequencesService() {
        };

        private LoyaltyService loyalty = new LoyaltyService() {
        };

        private Builder() {
        }

        /**
         * The service answering the Sequences operations.
         */
        public Builder sequences(SequencesService service) {
            this.sequences = Objects.requireNonNull(service, "sequences");
            return this;
        }

        /**
         * The service answering the Loyalty operations.
         */
        public Builder loyalty(LoyaltyService service) {
            this.loyalty = Objects.requireNonNull(service, "loyalty");
            return this;
        }

        /**
         * Every route of the API, bound to the services set so far.
         */
        public List<Route> routes() {
            List<Route> routes = new ArrayList<>();
            routes.addAll(SequencesRoutes.routes(sequences));
            routes.addAll(LoyaltyRoutes.routes(loyalty));
            return routes;
        }

        /**
         * A router builder with these routes and the API's schemas; add an authenticator and build it.
         */
        public Router.Builder router() {
            return Router.builder().routes(routes()).schemas(schemas());
        }
    }
}
