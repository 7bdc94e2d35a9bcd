package dev.fluentcrm.server.jetty;

import java.nio.charset.StandardCharsets;

/**
 * The JSON bodies of the answers the HTTP engine gives on its own (before or around the router):
 * WordPress's {@code {code, message, data: {status}}}, so a client never meets an HTML page.
 */
final class WordPressErrors {
    private WordPressErrors() {}

    static byte[] body(int status, String code, String message) {
        return ("{\"code\":\"" + code + "\",\"message\":\"" + escape(message) + "\",\"data\":{\"status\":" + status
                        + "}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The code WordPress (or the web server in front of it) would use for a status the engine sends. */
    static String code(int status) {
        return switch (status) {
            case 400 -> "rest_bad_request";
            case 404 -> "rest_no_route";
            case 405 -> "rest_no_route";
            case 408 -> "rest_request_timeout";
            case 413 -> "rest_request_too_large";
            case 414 -> "rest_uri_too_long";
            case 431 -> "rest_headers_too_large";
            case 505 -> "rest_http_version_not_supported";
            default -> status >= 500 ? "internal_server_error" : "rest_bad_request";
        };
    }

    /** A message of our own for each status, never the engine's text (which may echo the request). */
    static String message(int status) {
        return switch (status) {
            case 400 -> "The request cannot be read as HTTP.";
            case 404, 405 -> "No route was found matching the URL and request method.";
            case 408 -> "The request was not received in time.";
            case 413 -> "The request body is too large.";
            case 414 -> "The request line is too long.";
            case 431 -> "The request headers are too large.";
            case 505 -> "Only HTTP/1.0 and HTTP/1.1 are spoken here.";
            default -> status >= 500 ? "The server failed to answer." : "The request was refused.";
        };
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
