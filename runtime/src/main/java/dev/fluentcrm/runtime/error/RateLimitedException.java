package dev.fluentcrm.runtime.error;

import java.time.Duration;
import java.util.Optional;

/**
 * 429 Too Many Requests, after the retries the policy allows ran out: a security plugin or
 * proxy in front of WordPress is throttling the caller. {@link #retryAfter()} is the wait the
 * server asked for, when it said.
 */
public class RateLimitedException extends FluentCrmException {
    private static final long serialVersionUID = 1L;

    public RateLimitedException(ErrorResponse response) {
        super(response);
    }

    /** The server's {@code Retry-After} in seconds, when it sent one as a number. */
    public Optional<Duration> retryAfter() {
        return headers()
                .flatMap(h -> h.firstValue("retry-after"))
                .filter(v -> v.strip().matches("[0-9]+"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())));
    }
}
