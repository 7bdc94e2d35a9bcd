package dev.fluentcrm.live;

import com.fasterxml.jackson.databind.JsonNode;

/** Short one-line renderings of bodies and values for findings. */
final class Bodies {
    private static final int LIMIT = 120;

    private Bodies() {}

    static String shorten(String body) {
        if (body == null || body.isEmpty()) {
            return "an empty body";
        }
        String line = body.replaceAll("\\s+", " ").strip();
        return line.length() <= LIMIT ? line : line.substring(0, LIMIT) + "...";
    }

    /** A JSON value as a finding shows it: {@code "12"}, {@code null}, {@code {"id":3,...}}. */
    static String value(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return shorten(node.toString());
    }
}
