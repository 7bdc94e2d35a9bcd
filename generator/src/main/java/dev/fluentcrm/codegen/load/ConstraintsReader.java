package dev.fluentcrm.codegen.load;

import dev.fluentcrm.codegen.model.Constraints;
import io.swagger.v3.oas.models.media.Schema;

/** Reads the validation facts of a schema (format, bounds, lengths, item counts) into {@link Constraints}. */
final class ConstraintsReader {
    private ConstraintsReader() {}

    static Constraints of(Schema<?> schema) {
        if (schema == null) {
            return Constraints.NONE;
        }
        return new Constraints(
                schema.getFormat(),
                schema.getMinimum(),
                schema.getMaximum(),
                schema.getMinLength(),
                schema.getMaxLength(),
                schema.getMinItems(),
                schema.getMaxItems());
    }
}
