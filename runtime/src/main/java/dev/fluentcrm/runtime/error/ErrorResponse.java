package dev.fluentcrm.runtime.error;

import java.net.http.HttpHeaders;

/**
 * What an error answer said, already picked apart: status, WordPress error code and message
 * (when the body had them), headers and raw body, and the call it answered.
 */
public record ErrorResponse(
        String call, int statusCode, String errorCode, String serverMessage, HttpHeaders headers, String rawBody) {
    /** The exception message: the call, the status, and what the server said. */
    String describe() {
        StringBuilder text =
                new StringBuilder(call).append(" failed with HTTP ").append(statusCode);
        if (errorCode != null) {
            text.append(" (").append(errorCode).append(')');
        }
        if (serverMessage != null) {
            text.append(": ").append(serverMessage);
        }
        return text.toString();
    }
}
