package golden.overlays_only.server;

import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.validate.Schema;
import golden.outputs_testing.model.FormSubmission;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The routes of the Loyalty module, bound to a {@link LoyaltyService}.
 */
@Generated("dev.fluentcrm.codegen.emit.server.RoutesEmitter")
public final class LoyaltyRoutes {
    private LoyaltyRoutes() {
    }

    /**
     * One route per operation, in the spec's order, answered by {@code service}.
     */
    public static List<Route> routes(LoyaltyService service) {
        return List.of(
                Route.builder("GET", "/loyalty/{id}/points", "getLoyaltyPoints")
                        .pathParam("id", Schema.integer())
                        .handle(call -> service.getPoints(call.path("id", Long.class))),
                Route.builder("POST", "/loyalty/{id}/points", "addLoyaltyPoints")
                        .pathParam("id", Schema.integer())
                        .body(Schema.ref("FormSubmission"), true)
                        .handle(call -> service.addPoints(call.path("id", Long.class),
                                call.body(FormSubmission.class))));
    }
}
