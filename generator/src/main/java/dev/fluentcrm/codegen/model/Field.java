package dev.fluentcrm.codegen.model;

/** One property of a record: its JSON name, Java name, type, and what the spec says of it. */
public record Field(String jsonName, String javaName, TypeRef type, boolean required, String description) {
}
