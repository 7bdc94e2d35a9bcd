package dev.fluentcrm.codegen.model;

import java.util.List;

/**
 * A type the generator emits: a record or an open enumeration. Code that handles both goes
 * through {@link #accept(Visitor)}, so a third kind would be a compile error there.
 */
public sealed interface TypeDef {
    String name();

    String description();

    /** Where the type came from, as a JSON pointer into the spec (for messages and Javadoc). */
    String origin();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of definition. */
    interface Visitor<R> {
        R record(RecordDef record);

        R enumeration(EnumDef enumeration);
    }

    /** A JSON object with known fields. */
    record RecordDef(String name, String description, String origin, List<Field> fields, String exampleJson)
            implements TypeDef {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.record(this);
        }
    }

    /** A string enumeration that still accepts values it does not list. */
    record EnumDef(String name, String description, String origin, List<String> values) implements TypeDef {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.enumeration(this);
        }
    }
}
