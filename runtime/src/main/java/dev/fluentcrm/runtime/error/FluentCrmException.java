package dev.fluentcrm.runtime.error;

import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * Base of every error the SDK raises. For an answer of the server it carries the HTTP status,
 * WordPress's error code (such as {@code rest_forbidden}) when the body has one, the
 * server's message, the response headers and the raw body, so nothing the server said is lost.
 * Credentials never appear in any of these.
 */
public class FluentCrmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String errorCode;
    private final String serverMessage;
    private final transient HttpHeaders headers;
    private final String rawBody;
    private final String call;

    public FluentCrmException(
            String message,
            int statusCode,
            String errorCode,
            String serverMessage,
            HttpHeaders headers,
            String rawBody,
            Throwable cause) {
        this(null, message, statusCode, errorCode, serverMessage, headers, rawBody, cause);
    }

    /** As above, naming the {@link #call() call} that failed, such as {@code GET https://example.com/wp-json/...}. */
    public FluentCrmException(
            String call,
            String message,
            int statusCode,
            String errorCode,
            String serverMessage,
            HttpHeaders headers,
            String rawBody,
            Throwable cause) {
        super(message, cause);
        this.call = call;
        this.statusCode = statusCode;
        this.errorCode = errorCode;
        this.serverMessage = serverMessage;
        this.headers = headers;
        this.rawBody = rawBody;
    }

    /** Builds the exception of an error answer; subclasses pass their own status family. */
    protected FluentCrmException(ErrorResponse response) {
        this(
                response.call(),
                response.describe(),
                response.statusCode(),
                response.errorCode(),
                response.serverMessage(),
                response.headers(),
                response.rawBody(),
                null);
    }

    /**
     * The call that failed: its method and full URL, query included, such as
     * {@code GET https://example.com/wp-json/fluent-crm/v2/subscribers/7?with[]=stats}. Query values
     * whose names look secret are hidden; the password never appears (it travels in a header).
     */
    public Optional<String> call() {
        return Optional.ofNullable(call);
    }

    /** The HTTP status, or 0 when no answer arrived. */
    public int statusCode() {
        return statusCode;
    }

    /** WordPress's error code, such as {@code rest_no_route}, when the body carried one. */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** The message the server wrote, when it wrote one. */
    public Optional<String> serverMessage() {
        return Optional.ofNullable(serverMessage);
    }

    /** The response headers, when an answer arrived. */
    public Optional<HttpHeaders> headers() {
        return Optional.ofNullable(headers);
    }

    /** The response body exactly as received, when an answer arrived. */
    public Optional<String> rawBody() {
        return Optional.ofNullable(rawBody);
    }
}
