package dev.fluentcrm.runtime.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies that generated records take of the collections they are given, so a record never
 * changes after it is built. Unlike {@code List.copyOf} they keep null elements, which PHP
 * lists can hold, and they keep the order of keys.
 */
public final class Immutable {
    private Immutable() {}

    /** An unmodifiable copy, or null for null (the field was absent). */
    public static <T> List<T> list(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** An unmodifiable copy, or null for null (the field was absent). */
    public static <K, V> Map<K, V> map(Map<K, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** An unmodifiable copy of a record's unknown properties; never null. */
    public static Map<String, Object> extras(Map<String, Object> map) {
        return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
