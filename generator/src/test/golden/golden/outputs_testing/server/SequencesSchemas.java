package golden.outputs_testing.server;

import dev.fluentcrm.server.validate.Schema;
import dev.fluentcrm.server.validate.SchemaRegistry;
import javax.annotation.processing.Generated;

/**
 * What valid requests of the Sequences module look like, from the spec.
 */
@Generated("dev.fluentcrm.codegen.emit.server.SchemasEmitter")
public final class SequencesSchemas {
    private SequencesSchemas() {
    }

    /**
     * Adds the schemas of the Sequences module's requests to {@code registry}.
     */
    public static void define(SchemaRegistry registry) {
        registry.define("CreateSequenceRequest", createSequenceRequest());
    }

    /**
     * {@code CreateSequenceRequest}, from {@code /paths/~1sequences/post/requestBody/content/schema}.
     */
    private static Schema createSequenceRequest() {
        return Schema.object()
                .required("title", Schema.string());
    }
}
