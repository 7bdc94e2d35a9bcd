package dev.fluentcrm.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The policy's rules and arithmetic, without a server. */
class RetryPolicyTest {
    @Test
    void defaults() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.maxAttempts()).isEqualTo(3);
        assertThat(policy.mayRetry("GET", 1)).isTrue();
        assertThat(policy.mayRetry("GET", 2)).isTrue();
        assertThat(policy.mayRetry("GET", 3)).isFalse();
        assertThat(policy.mayRetry("POST", 1)).isFalse();
        assertThat(policy.mayRetry("PATCH", 1)).isFalse();
        assertThat(RetryPolicy.none().mayRetry("GET", 1)).isFalse();
    }

    @Test
    void retryableStatuses() {
        assertThat(List.of(429, 502, 503, 504)).allMatch(RetryPolicy::isRetryableStatus);
        assertThat(List.of(200, 400, 404, 422, 500, 501)).noneMatch(RetryPolicy::isRetryableStatus);
    }

    @Test
    void backoffDoublesWithJitterAndIsCapped() {
        RetryPolicy policy = RetryPolicy.builder()
                .initialDelay(Duration.ofMillis(100))
                .maxDelay(Duration.ofMillis(350))
                .build();

        for (int i = 0; i < 50; i++) {
            assertThat(policy.delayBeforeRetry(1, null).toMillis()).isBetween(50L, 100L);
            assertThat(policy.delayBeforeRetry(2, null).toMillis()).isBetween(100L, 200L);
            assertThat(policy.delayBeforeRetry(3, null).toMillis()).isBetween(175L, 350L);
            assertThat(policy.delayBeforeRetry(60, null).toMillis()).isBetween(175L, 350L);
        }
    }

    @Test
    void retryAfterWinsButIsCapped() {
        RetryPolicy policy = RetryPolicy.builder()
                .initialDelay(Duration.ofSeconds(5))
                .maxDelay(Duration.ofSeconds(10))
                .build();

        assertThat(policy.delayBeforeRetry(1, Duration.ZERO)).isZero();
        assertThat(policy.delayBeforeRetry(1, Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayBeforeRetry(1, Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void retryAfterSecondsAndDates() {
        assertThat(RetryAfter.parse("0")).isZero();
        assertThat(RetryAfter.parse(" 7 ")).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse("-3")).isZero();
        assertThat(RetryAfter.parse("soon")).isNull();
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT")).isZero();
        String inAMinute =
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60).format(DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(RetryAfter.parse(inAMinute)).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(61));
    }

    @Test
    void retryAfterFromHeaders() {
        assertThat(RetryAfter.parse(HttpHeaders.of(Map.of("Retry-After", List.of("2")), (a, b) -> true)))
                .isEqualTo(Duration.ofSeconds(2));
        assertThat(RetryAfter.parse(HttpHeaders.of(Map.of(), (a, b) -> true))).isNull();
    }

    @Test
    void builderRefusesNonsense() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().initialDelay(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().maxDelay(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void retryNonIdempotentAllowsPost() {
        RetryPolicy policy = RetryPolicy.builder().retryNonIdempotent(true).build();

        assertThat(policy.mayRetry("POST", 1)).isTrue();
        assertThat(policy.mayRetry("POST", 3)).isFalse();
        assertThat(policy.toString()).contains("retryNonIdempotent=true");
    }
}
