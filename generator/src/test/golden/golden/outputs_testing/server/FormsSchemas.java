package golden.outputs_testing.server;

import dev.fluentcrm.server.validate.Schema;
import dev.fluentcrm.server.validate.SchemaRegistry;
import javax.annotation.processing.Generated;

/**
 * What valid requests of the Forms module look like, from the spec.
 */
@Generated("dev.fluentcrm.codegen.emit.server.SchemasEmitter")
public final class FormsSchemas {
    private FormsSchemas() {
    }

    /**
     * Adds the schemas of the Forms module's requests to {@code registry}.
     */
    public static void define(SchemaRegistry registry) {
        registry.define("FormSubmission", formSubmission());
    }

    /**
     * {@code FormSubmission}, from {@code /components/schemas/FormSubmission}.
     */
    private static Schema formSubmission() {
        return Schema.object()
                .required("email", Schema.string().format("email"))
                .optional("attachment", Schema.file());
    }
}
