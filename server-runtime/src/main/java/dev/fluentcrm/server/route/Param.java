package dev.fluentcrm.server.route;

import dev.fluentcrm.server.validate.Schema;

/**
 * A declared path, query or header parameter. {@code name} is the wire name; a PHP array keeps its
 * {@code []} ({@code tags[]}) and then also accepts {@code tags[0]=..} and a bare {@code tags=..}.
 */
public record Param(String name, In in, Schema schema, boolean required) {
    public enum In {
        PATH,
        QUERY,
        HEADER
    }

    public boolean isArray() {
        return schema instanceof Schema.ArrayOf;
    }

    /** The name without PHP's {@code []}. */
    public String baseName() {
        return name.endsWith("[]") ? name.substring(0, name.length() - 2) : name;
    }
}
