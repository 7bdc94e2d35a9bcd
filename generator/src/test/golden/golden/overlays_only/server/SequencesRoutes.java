package golden.overlays_only.server;

import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.validate.Schema;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The routes of the Sequences module, bound to a {@link SequencesService}.
 */
@Generated("dev.fluentcrm.codegen.emit.server.RoutesEmitter")
public final class SequencesRoutes {
    private SequencesRoutes() {
    }

    /**
     * One route per operation, in the spec's order, answered by {@code service}.
     */
    public static List<Route> routes(SequencesService service) {
        return List.of(
                Route.builder("GET", "/sequences/{id}/points", "getSequencePoints")
                        .pathParam("id", Schema.integer())
                        .handle(call -> service.getPoints(call.path("id", Long.class))));
    }
}
