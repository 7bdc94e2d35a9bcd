package dev.fluentcrm.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;

/** What the hostile suite counts as a failure of the server, for one answer. */
final class Verdict {
    private Verdict() {}

    /**
     * Why {@code answer} is a failure, or null when it is not: no answer at all, any 5xx, an error
     * that is not a JSON object, or a success for a secured route without valid credentials.
     */
    static String problem(Wire.Answer answer, boolean secured, boolean credentialed) {
        if (answer == null) {
            return "the connection closed without an answer";
        }
        if (answer.status() >= 500) {
            return "a server error: " + answer;
        }
        if (answer.status() >= 400) {
            JsonNode json = answer.json();
            if (!answer.contentType().startsWith("application/json")
                    || json == null
                    || !json.isObject()
                    || json.isEmpty()) {
                return "an error that is not a JSON object: " + answer;
            }
        }
        if (answer.status() < 300 && secured && !credentialed) {
            return "a success without valid credentials: " + answer;
        }
        return null;
    }

    /** Whether {@code json} is WordPress's {@code {code, message, data: {status}}} for {@code status}. */
    static boolean isWordPressError(JsonNode json, int status) {
        return json != null
                && json.path("code").isTextual()
                && !json.path("code").asText().isEmpty()
                && json.path("message").isTextual()
                && json.path("data").path("status").asInt() == status;
    }
}
