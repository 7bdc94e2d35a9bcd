package goldenserver.samples.server;

import dev.fluentcrm.server.validate.Schema;
import dev.fluentcrm.server.validate.SchemaRegistry;
import javax.annotation.processing.Generated;

/**
 * What valid requests of the Campaigns module look like, from the spec.
 */
@Generated("dev.fluentcrm.codegen.emit.server.SchemasEmitter")
public final class CampaignsSchemas {
    private CampaignsSchemas() {
    }

    /**
     * Adds the schemas of the Campaigns module's requests to {@code registry}.
     */
    public static void define(SchemaRegistry registry) {
        registry.define("GetCampaignWith", getCampaignWith());
        registry.define("Subject", subject());
    }

    /**
     * {@code GetCampaignWith}, from {@code /paths/~1campaigns~1{id}/get/parameters/with[]/schema/items}.
     */
    private static Schema getCampaignWith() {
        return Schema.oneOf("stats", "subjects");
    }

    /**
     * {@code Subject}, from {@code /components/schemas/Subject}.
     */
    private static Schema subject() {
        return Schema.object()
                .required("key", Schema.string().minLength(12))
                .required("value", Schema.string().maxLength(4))
                .optional("weight", Schema.number().minimum("2.5").maximum("10"))
                .optional("is_active", Schema.bool())
                .optional("url", Schema.string().format("uri"))
                .optional("sent_on", Schema.date())
                .optional("nested", Schema.arrayOf(Schema.ref("Subject")));
    }
}
