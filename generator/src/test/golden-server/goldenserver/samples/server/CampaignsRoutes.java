package goldenserver.samples.server;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.validate.Schema;
import goldenserver.samples.model.GetCampaignParams;
import goldenserver.samples.model.Subject;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The routes of the Campaigns module, bound to a {@link CampaignsService}.
 */
@Generated("dev.fluentcrm.codegen.emit.server.RoutesEmitter")
public final class CampaignsRoutes {
    private CampaignsRoutes() {
    }

    /**
     * One route per operation, in the spec's order, answered by {@code service}.
     */
    public static List<Route> routes(CampaignsService service) {
        return List.of(
                Route.builder("GET", "/campaigns/{id}", "getCampaign")
                        .pathParam("id", Schema.integer().minimum("10"))
                        .query("with[]", Schema.arrayOf(Schema.ref("GetCampaignWith")), false)
                        .handle(call -> service.get(call.path("id", Long.class),
                                call.params(GetCampaignParams.class))),
                Route.builder("PUT", "/campaigns/{id}/subjects", "updateSubjects")
                        .pathParam("id", Schema.integer())
                        .body(Schema.arrayOf(Schema.ref("Subject")), true)
                        .handle(call -> service.updateSubjects(call.path("id", Long.class),
                                call.body(new TypeReference<List<Subject>>() {}))));
    }
}
