package golden.operation_needs.server;

import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.route.Router;
import dev.fluentcrm.server.validate.SchemaRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Binds services to the routes of the What operations need from a site.
 *
 * <pre>{@code
 * Router router = FluentCrmRouter.builder()
 *         .companies(new MyCompanies())
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
        SchemaRegistry registry = new SchemaRegistry();
        return registry;
    }

    /**
     * Collects the services; unset ones answer 501.
     */
    public static final class Builder {
        private CompaniesService companies = new CompaniesService() {
        };

        private Builder() {
        }

        /**
         * The service answering the Companies operations.
         */
        public Builder companies(CompaniesService service) {
            this.companies = Objects.requireNonNull(service, "companies");
            return this;
        }

        /**
         * Every route of the API, bound to the services set so far.
         */
        public List<Route> routes() {
            List<Route> routes = new ArrayList<>();
            routes.addAll(CompaniesRoutes.routes(companies));
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
