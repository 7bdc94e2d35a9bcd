package dev.fluentcrm.runtime.error;

import java.net.http.HttpHeaders;

/**
 * What an error answer said, already picked apart: status, WordPress error code and message
 * (when the body had them), headers and raw body, and the call it answered: the method and the
 * full URL, query included (secret-looking query values hidden).
 */
public record ErrorResponse(
        String call, int statusCode, String errorCode, String serverMessage, HttpHeaders headers, String rawBody) {
    /** How much of a body without a message the exception message shows. */
    private static final int MAX_BODY = 300;

    /** The exception message: the call, the status, and what the server said. */
    String describe() {
        StringBuilder text =
                new StringBuilder(call).append(" failed with HTTP ").append(statusCode);
        if (errorCode != null) {
            text.append(" (").append(errorCode).append(')');
        }
        if (serverMessage != null) {
            text.append(": ").append(serverMessage);
        } else if (rawBody != null && !rawBody.isBlank()) {
            // A body without a message key ({"status":"disabled"}) still says what went wrong.
            String body = rawBody.strip().replaceAll("\\s+", " ");
            text.append(": ").append(body.length() > MAX_BODY ? body.substring(0, MAX_BODY) + "..." : body);
        }
        return text.toString();
    }
}
