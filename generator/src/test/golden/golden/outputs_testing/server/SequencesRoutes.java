package golden.outputs_testing.server;

import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.validate.Schema;
import golden.outputs_testing.model.CreateSequenceRequest;
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
                Route.builder("POST", "/sequences", "createSequence")
                        .body(Schema.ref("CreateSequenceRequest"), true)
                        .status(201)
                        .handle(call -> service.create(call.body(CreateSequenceRequest.class))),
                Route.builder("DELETE", "/sequences/{id}", "deleteSequence")
                        .pathParam("id", Schema.integer())
                        .handle(call -> {
                            service.delete(call.path("id", Long.class));
                            return null;
                        }));
    }
}
