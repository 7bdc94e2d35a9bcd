package dev.fluentcrm.codegen.model;

/**
 * A path, query or header parameter. {@code wireName} is sent as is (PHP array parameters keep
 * their {@code []}); {@code javaName} is what the caller writes.
 */
public record Parameter(
        String wireName,
        String javaName,
        Location location,
        TypeRef type,
        boolean required,
        String description,
        String defaultValue,
        Constraints constraints) {
    /** A parameter with no constraints beyond its type. */
    public Parameter(
            String wireName,
            String javaName,
            Location location,
            TypeRef type,
            boolean required,
            String description,
            String defaultValue) {
        this(wireName, javaName, location, type, required, description, defaultValue, Constraints.NONE);
    }

    public enum Location {
        PATH,
        QUERY,
        HEADER
    }

    /** Whether the value is a list sent as repeated {@code name[]=v} pairs. */
    public boolean isArray() {
        return type instanceof TypeRef.ListOf;
    }
}
