package dev.fluentcrm.testing;

import java.util.List;
import java.util.Map;

/**
 * A request a mock FluentCRM received, valid or not: the operation it matched (null when none),
 * method, path below the API root, decoded query pairs in order, headers, body text, and the status
 * it was answered with.
 */
public record RecordedRequest(
        String operationId,
        String method,
        String path,
        List<Map.Entry<String, String>> query,
        Map<String, List<String>> headers,
        String body,
        int status) {
    /** The values of a query parameter, in order ({@code tags[]} repeats). */
    public List<String> queryValues(String name) {
        return query.stream()
                .filter(e -> e.getKey().equals(name))
                .map(Map.Entry::getValue)
                .toList();
    }
}
