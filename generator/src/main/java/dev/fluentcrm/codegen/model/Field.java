package dev.fluentcrm.codegen.model;

/** One property of a record: its JSON name, Java name, type, and what the spec says of it. */
public record Field(
        String jsonName, String javaName, TypeRef type, boolean required, String description, Constraints constraints) {
    /** A field with no constraints beyond its type. */
    public Field(String jsonName, String javaName, TypeRef type, boolean required, String description) {
        this(jsonName, javaName, type, required, description, Constraints.NONE);
    }
}
