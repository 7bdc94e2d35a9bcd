package dev.fluentcrm.server.validate;

import java.util.Map;
import java.util.TreeMap;

/** The named schemas of an API, filled by generated code and read by the {@link Validator}. */
public final class SchemaRegistry {
    private final Map<String, Schema> byName = new TreeMap<>();

    public SchemaRegistry define(String name, Schema schema) {
        if (byName.putIfAbsent(name, schema) != null) {
            throw new IllegalStateException("The schema " + name + " is defined twice");
        }
        return this;
    }

    public Schema get(String name) {
        Schema schema = byName.get(name);
        if (schema == null) {
            throw new IllegalStateException("No schema named " + name);
        }
        return schema;
    }

    public int size() {
        return byName.size();
    }
}
