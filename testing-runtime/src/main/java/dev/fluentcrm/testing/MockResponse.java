package dev.fluentcrm.testing;

import java.time.Duration;
import java.util.Objects;

/** What a mock FluentCRM answers instead of an operation's fixture: status, JSON body, and a delay before it. */
public record MockResponse(int status, String body, Duration delay) {
    public MockResponse {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(delay, "delay");
    }

    /** A JSON answer, sent at once. */
    public static MockResponse json(int status, String body) {
        return new MockResponse(status, body, Duration.ZERO);
    }

    /** This answer, sent after {@code delay} (to test timeouts and slow sites). */
    public MockResponse after(Duration delay) {
        return new MockResponse(status, body, delay);
    }
}
