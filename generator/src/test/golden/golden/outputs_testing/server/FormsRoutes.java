package golden.outputs_testing.server;

import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.validate.Schema;
import golden.outputs_testing.model.FormSubmission;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The routes of the Forms module, bound to a {@link FormsService}.
 */
@Generated("dev.fluentcrm.codegen.emit.server.RoutesEmitter")
public final class FormsRoutes {
    private FormsRoutes() {
    }

    /**
     * One route per operation, in the spec's order, answered by {@code service}.
     */
    public static List<Route> routes(FormsService service) {
        return List.of(
                Route.builder("POST", "/forms/{id}/submit", "submitForm")
                        .pathParam("id", Schema.integer())
                        .body(Schema.ref("FormSubmission"), true, Route.BodyEncoding.MULTIPART)
                        .publicAccess()
                        .handle(call -> service.submit(call.path("id", Long.class),
                                call.body(FormSubmission.class))),
                Route.builder("GET", "/forms/health", "formsHealth")
                        .publicAccess()
                        .status(204)
                        .handle(call -> {
                            service.formsHealth();
                            return null;
                        }));
    }
}
