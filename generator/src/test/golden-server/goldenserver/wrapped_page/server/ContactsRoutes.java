package goldenserver.wrapped_page.server;

import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.validate.Schema;
import goldenserver.wrapped_page.model.ListContactsParams;
import goldenserver.wrapped_page.model.ListListsParams;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The routes of the Contacts module, bound to a {@link ContactsService}.
 */
@Generated("dev.fluentcrm.codegen.emit.server.RoutesEmitter")
public final class ContactsRoutes {
    private ContactsRoutes() {
    }

    /**
     * One route per operation, in the spec's order, answered by {@code service}.
     */
    public static List<Route> routes(ContactsService service) {
        return List.of(
                Route.builder("GET", "/subscribers", "listContacts")
                        .query("page", Schema.integer().minimum("1"), false)
                        .query("per_page", Schema.integer().minimum("1").maximum("100"), false)
                        .query("search", Schema.string(), false)
                        .pagedAt("/subscribers")
                        .handle(call -> service.list(call.params(ListContactsParams.class))),
                Route.builder("GET", "/lists", "listLists")
                        .query("page", Schema.integer().minimum("1"), false)
                        .handle(call -> service.listLists(call.params(ListListsParams.class))));
    }
}
