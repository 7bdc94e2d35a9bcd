package dev.fluentcrm.runtime.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how often a failed call is tried again: on connection failures and on 429, 502,
 * 503 and 504, with exponential backoff and jitter, honouring {@code Retry-After}. Only
 * idempotent methods (GET, PUT, DELETE) are retried unless {@link Builder#retryNonIdempotent}
 * is set, because repeating a POST could create a second contact or send a second email.
 */
public final class RetryPolicy {
    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);
    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

    private final int maxAttempts;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final boolean retryNonIdempotent;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.initialDelay = builder.initialDelay;
        this.maxDelay = builder.maxDelay;
        this.retryNonIdempotent = builder.retryNonIdempotent;
    }

    /** Three attempts, starting at 500 ms and doubling up to 10 s. */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /** A single attempt: never retry. */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** Whether a request with this method may be sent again after {@code attempt} tries. */
    boolean mayRetry(String method, int attempt) {
        return attempt < maxAttempts && (retryNonIdempotent || IDEMPOTENT_METHODS.contains(method));
    }

    static boolean isRetryableStatus(int status) {
        return RETRYABLE_STATUSES.contains(status);
    }

    /**
     * The pause before attempt {@code attempt + 1}: the server's {@code Retry-After} if it gave
     * one (capped at the maximum delay), else an exponential delay with "equal jitter" so that
     * many clients failing together do not come back together.
     */
    Duration delayBeforeRetry(int attempt, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter.compareTo(maxDelay) > 0 ? maxDelay : retryAfter;
        }
        long base = initialDelay.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, maxDelay.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialDelay=" + initialDelay + ", maxDelay=" + maxDelay
                + ", retryNonIdempotent=" + retryNonIdempotent + "]";
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialDelay = Duration.ofMillis(500);
        private Duration maxDelay = Duration.ofSeconds(10);
        private boolean retryNonIdempotent;

        private Builder() {}

        /** Total tries including the first, from 1 (no retry) to 10. */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1 || maxAttempts > 10) {
                throw new IllegalArgumentException("maxAttempts must be between 1 and 10, not " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        public Builder initialDelay(Duration initialDelay) {
            this.initialDelay = nonNegative(initialDelay, "initialDelay");
            return this;
        }

        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = nonNegative(maxDelay, "maxDelay");
            return this;
        }

        /** Also retry POST: only for calls the caller knows to be safe to repeat. */
        public Builder retryNonIdempotent(boolean retryNonIdempotent) {
            this.retryNonIdempotent = retryNonIdempotent;
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration nonNegative(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative");
            }
            return value;
        }
    }
}
