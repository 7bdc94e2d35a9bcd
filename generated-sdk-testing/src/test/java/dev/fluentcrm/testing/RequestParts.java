package dev.fluentcrm.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The path and query of a request built from a valid request fixture ({@code path} and
 * {@code query} objects of wire names to values), encoded as a client would send them; shared by
 * the tests that start from a valid request and then break it.
 */
public final class RequestParts {
    private RequestParts() {}

    /** {@code template} with each {@code {name}} replaced by the fixture's encoded value. */
    public static String path(String template, JsonNode valid) {
        String path = template;
        for (var entry : valid.path("path").properties()) {
            path = path.replace(
                    "{" + entry.getKey() + "}",
                    URLEncoder.encode(entry.getValue().asText(), StandardCharsets.UTF_8)
                            .replace("+", "%20"));
        }
        return path;
    }

    /** The query string ({@code ?a=1&b=2}, or empty), an array value repeated once per element. */
    public static String query(JsonNode valid) {
        StringBuilder query = new StringBuilder();
        for (var entry : valid.path("query").properties()) {
            List<JsonNode> values = new ArrayList<>();
            if (entry.getValue().isArray()) {
                entry.getValue().forEach(values::add);
            } else {
                values.add(entry.getValue());
            }
            for (JsonNode value : values) {
                query.append(query.length() == 0 ? "?" : "&")
                        .append(URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(value.asText(), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }
}
