package dev.fluentcrm.server.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Decodes {@code a=1&tags[]=2&tags[]=3} (and form bodies) into ordered name/value pairs. */
public final class QueryString {
    private QueryString() {}

    /** The pairs in order; a name without {@code =} has the value "". Throws IllegalArgumentException on bad escapes. */
    public static List<Map.Entry<String, String>> parse(String raw) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return pairs;
        }
        for (String part : raw.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int equals = part.indexOf('=');
            String name = equals < 0 ? part : part.substring(0, equals);
            String value = equals < 0 ? "" : part.substring(equals + 1);
            pairs.add(Map.entry(decode(name), decode(value)));
        }
        return pairs;
    }

    public static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
