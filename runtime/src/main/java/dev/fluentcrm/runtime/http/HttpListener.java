package dev.fluentcrm.runtime.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Sees every HTTP exchange of a client, for logging and metrics: each attempt's request, then its
 * response or failure. Set it with {@code FluentCrmClient.builder().httpListener(...)}.
 *
 * <p>What it sees is already made safe to log: the {@code Authorization} header (which carries the
 * Application Password), {@code Proxy-Authorization}, cookies and any header named like a secret
 * show {@code ****}; URLs hide user info and secret-looking query values; bodies have the password
 * and its Basic token replaced. The listener runs on the calling thread (or, for asynchronous
 * calls, on the HTTP client's), so it should be quick; an exception it throws does not fail the
 * call: it goes to the thread's uncaught-exception handler.
 *
 * <pre>{@code
 * FluentCrmClient crm = FluentCrmClient.builder()
 *         .siteUrl("https://example.com")
 *         .applicationPassword("admin", password)
 *         .httpListener(HttpListener.logTo(System.err::println))
 *         .build();
 * }</pre>
 */
public interface HttpListener {
    /** Before each attempt is sent. */
    default void onRequest(Request request) {}

    /** When an answer arrived, whatever its status. */
    default void onResponse(Response response) {}

    /** When no answer arrived (connection failure, timeout). */
    default void onFailure(Request request, Throwable failure) {}

    /**
     * A listener that writes each exchange to {@code sink} as text, headers included: a
     * {@code --> GET url} block per attempt and a {@code <-- 200 GET url (12 ms)} block per answer,
     * without bodies.
     */
    static HttpListener logTo(Consumer<String> sink) {
        return logTo(sink, false);
    }

    /** {@link #logTo(Consumer)}, with the bodies (cut at 4,000 characters) when {@code withBodies}. */
    static HttpListener logTo(Consumer<String> sink, boolean withBodies) {
        return new HttpLog(sink, withBodies);
    }

    /**
     * One attempt as sent.
     *
     * @param method the HTTP method
     * @param url the full URL, query included (secret-looking query values hidden)
     * @param headers the headers the client set, secret ones hidden ({@code Host} and
     *     {@code Content-Length} are added by Java's HTTP client later and are not here)
     * @param body the body as text (a multipart body as a summary), or {@code null} for none
     * @param attempt 1 for the first try, 2 for the first retry, ...
     */
    record Request(String method, String url, Map<String, List<String>> headers, String body, int attempt) {
        @Override
        public String toString() {
            return method + " " + url + (attempt > 1 ? " (attempt " + attempt + ")" : "");
        }
    }

    /**
     * The answer to one attempt.
     *
     * @param request the attempt it answers
     * @param statusCode the HTTP status
     * @param headers the response headers, secret ones ({@code Set-Cookie}, ...) hidden
     * @param body the body as received, with the password and its token hidden
     * @param elapsed from sending to the whole answer
     */
    record Response(Request request, int statusCode, Map<String, List<String>> headers, String body, Duration elapsed) {
        @Override
        public String toString() {
            return statusCode + " " + request;
        }
    }
}
