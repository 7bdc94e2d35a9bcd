package dev.fluentcrm.codegen.model;

/**
 * One property of a record: its JSON name, Java name, type, and what the spec says of it.
 * {@code phpType} is the property's {@code x-php-type} (the logical type of a value PHP sends as
 * a string, such as {@code integer} for {@code "12"}), or {@code null}.
 */
public record Field(
        String jsonName,
        String javaName,
        TypeRef type,
        boolean required,
        String description,
        Constraints constraints,
        String phpType) {
    /** A field with no constraints beyond its type. */
    public Field(String jsonName, String javaName, TypeRef type, boolean required, String description) {
        this(jsonName, javaName, type, required, description, Constraints.NONE, null);
    }

    /** A field sent as its JSON type says (no {@code x-php-type}). */
    public Field(
            String jsonName,
            String javaName,
            TypeRef type,
            boolean required,
            String description,
            Constraints constraints) {
        this(jsonName, javaName, type, required, description, constraints, null);
    }
}
