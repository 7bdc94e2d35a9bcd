package dev.fluentcrm.runtime.http;

import java.net.http.HttpHeaders;

/**
 * A call's full answer: status, headers, the body exactly as received, and the decoded value.
 *
 * @param <T> the decoded type
 */
public record ApiResponse<T>(int statusCode, HttpHeaders headers, String rawBody, T value) {
    /** The same response carrying another decoded value (used to unwrap envelopes). */
    public <R> ApiResponse<R> withValue(R newValue) {
        return new ApiResponse<>(statusCode, headers, rawBody, newValue);
    }

    @Override
    public String toString() {
        return "ApiResponse[status=" + statusCode + ", value=" + value + "]";
    }
}
