package dev.fluentcrm.server.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One HTTP request as a host hands it over: method, raw path (still percent-encoded), raw query,
 * headers (names compared without case) and the body bytes, already read within the size limit.
 */
public record ServerRequest(
        String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {
    public ServerRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        rawQuery = rawQuery == null ? "" : rawQuery;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        }
        headers = copy;
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The media type of the body without parameters, in lower case; empty when not given. */
    public String contentType() {
        String value = header("Content-Type");
        return value == null ? "" : value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }
}
