package golden.operation_needs.server;

import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.validate.Schema;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The routes of the Companies module, bound to a {@link CompaniesService}.
 */
@Generated("dev.fluentcrm.codegen.emit.server.RoutesEmitter")
public final class CompaniesRoutes {
    private CompaniesRoutes() {
    }

    /**
     * One route per operation, in the spec's order, answered by {@code service}.
     */
    public static List<Route> routes(CompaniesService service) {
        return List.of(
                Route.builder("GET", "/companies", "listCompanies")
                        .publicAccess()
                        .handle(call -> {
                            service.list();
                            return null;
                        }),
                Route.builder("GET", "/companies/{id}/orders", "listCompanyOrders")
                        .pathParam("id", Schema.integer())
                        .publicAccess()
                        .handle(call -> {
                            service.listOrders(call.path("id", Long.class));
                            return null;
                        }),
                Route.builder("GET", "/companies/search", "searchCompanies")
                        .publicAccess()
                        .handle(call -> {
                            service.search();
                            return null;
                        }),
                Route.builder("GET", "/companies/archive", "listArchivedCompanies")
                        .publicAccess()
                        .handle(call -> {
                            service.listArchivedCompanies();
                            return null;
                        }));
    }
}
