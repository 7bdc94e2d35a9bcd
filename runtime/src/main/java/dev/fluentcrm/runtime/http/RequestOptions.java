package dev.fluentcrm.runtime.http;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Options for some calls rather than the whole client: a timeout, extra headers, a retry policy.
 * What is not set here falls back to the client's {@link ClientOptions}. Apply them to a module
 * ({@code crm.contacts().withOptions(options).list(...)}) or to the whole client
 * ({@code crm.withOptions(options)}); both return a view and leave the original as it was.
 *
 * <pre>{@code
 * RequestOptions patient = RequestOptions.builder()
 *         .timeout(Duration.ofMinutes(2))
 *         .header("X-Request-Id", requestId)
 *         .maxRetries(0)
 *         .build();
 * crm.campaigns().withOptions(patient).send(7L, body);
 * }</pre>
 */
public final class RequestOptions {
    private static final RequestOptions NONE = new RequestOptions(null, Map.of(), null);

    private final Duration timeout;
    private final Map<String, String> headers;
    private final RetryPolicy retryPolicy;

    private RequestOptions(Duration timeout, Map<String, String> headers, RetryPolicy retryPolicy) {
        this.timeout = timeout;
        this.headers = headers;
        this.retryPolicy = retryPolicy;
    }

    /** No options: every call as the client is configured. */
    public static RequestOptions none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How long one attempt may take, from sending to the last byte of the answer, when set. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** Headers added to each request, after the client's default headers (so they win on the same name). */
    public Map<String, String> headers() {
        return headers;
    }

    /** The retry policy of these calls, when set. */
    public Optional<RetryPolicy> retryPolicy() {
        return Optional.ofNullable(retryPolicy);
    }

    /** These options with {@code other}'s on top: its timeout and policy when set, its headers added (winning on the same name). */
    public RequestOptions merge(RequestOptions other) {
        Objects.requireNonNull(other, "options");
        if (this == NONE) {
            return other;
        }
        Map<String, String> merged = new LinkedHashMap<>(headers);
        merged.putAll(other.headers);
        return new RequestOptions(
                other.timeout != null ? other.timeout : timeout,
                Collections.unmodifiableMap(merged),
                other.retryPolicy != null ? other.retryPolicy : retryPolicy);
    }

    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.timeout = timeout;
        builder.headers.putAll(headers);
        builder.retryPolicy = retryPolicy;
        return builder;
    }

    @Override
    public String toString() {
        return "RequestOptions[timeout=" + timeout + ", headers=" + Redaction.headerValues(headers) + ", retryPolicy="
                + retryPolicy + "]";
    }

    /** Builds {@link RequestOptions}. */
    public static final class Builder {
        private Duration timeout;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private RetryPolicy retryPolicy;

        private Builder() {}

        /** How long one attempt may take, from sending to the last byte of the answer; positive. */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, got " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * A header to add to each request. Headers Java's HTTP client sets itself ({@code Host},
         * {@code Content-Length}, {@code Connection}, ...) are refused here rather than at the call.
         */
        public Builder header(String name, String value) {
            Headers.check(name, value);
            headers.put(name, value);
            return this;
        }

        public Builder headers(Map<String, String> headers) {
            headers.forEach(this::header);
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * At most {@code retries} retries after the first attempt, with the default backoff;
         * {@code 0} turns retries off. Which calls may be retried stays the policy's rule.
         */
        public Builder maxRetries(int retries) {
            if (retries < 0) {
                throw new IllegalArgumentException("retries must not be negative, got " + retries);
            }
            return retryPolicy(
                    retries == 0
                            ? RetryPolicy.none()
                            : RetryPolicy.builder().maxAttempts(retries + 1).build());
        }

        public RequestOptions build() {
            if (timeout == null && headers.isEmpty() && retryPolicy == null) {
                return NONE;
            }
            return new RequestOptions(timeout, Collections.unmodifiableMap(new LinkedHashMap<>(headers)), retryPolicy);
        }
    }

    /** Checks headers as java.net.http would, when they are set rather than at the first call. */
    static final class Headers {
        private Headers() {}

        static void check(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            HttpRequest.newBuilder().header(name, value);
        }
    }
}
