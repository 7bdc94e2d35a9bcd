package dev.fluentcrm.codegen.model;

import java.util.List;

/** A type the generator emits: a record or an open enumeration. */
public sealed interface TypeDef {
    String name();

    String description();

    /** Where the type came from, as a JSON pointer into the spec (for messages and Javadoc). */
    String origin();

    /** A JSON object with known fields. */
    record RecordDef(String name, String description, String origin, List<Field> fields, String exampleJson) implements TypeDef {
    }

    /** A string enumeration that still accepts values it does not list. */
    record EnumDef(String name, String description, String origin, List<String> values) implements TypeDef {
    }
}
