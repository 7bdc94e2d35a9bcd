package dev.fluentcrm.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The deadline watcher on its own. Each test uses timeouts no other test uses, so that lanes
 * shared between tests cannot blur what is counted. Waits are generous upper bounds for what
 * must happen, never timings of how fast it happens.
 */
class DeadlinesTest {
    @Test
    void aCallThatDoesNotEndExpiresAndEndReportsIt() throws InterruptedException {
        CountDownLatch expired = new CountDownLatch(1);
        Deadlines.Call call = Deadlines.start(Duration.ofMillis(51), expired::countDown);

        assertThat(expired.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(call.expired()).isTrue();
        assertThat(call.end()).isFalse();
        call.awaitExpiry();
    }

    @Test
    void aCallEndedInTimeNeverExpires() throws InterruptedException {
        AtomicInteger expiries = new AtomicInteger();
        Deadlines.Call call = Deadlines.start(Duration.ofMillis(52), expiries::incrementAndGet);

        assertThat(call.end()).isTrue();
        Thread.sleep(400);
        assertThat(expiries).hasValue(0);
        assertThat(call.expired()).isFalse();
    }

    @Test
    void aShorterTimeoutWakesTheWatcherAsleepOnALongerOne() throws InterruptedException {
        Deadlines.Call longCall = Deadlines.start(Duration.ofHours(1), () -> {});
        Thread.sleep(100); // the watcher now sleeps on the hour-long deadline
        CountDownLatch expired = new CountDownLatch(1);
        Deadlines.start(Duration.ofMillis(53), expired::countDown);

        assertThat(expired.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(longCall.end()).isTrue();
    }

    @Test
    void callsEndingInTimeLeaveNothingQueued() {
        Duration timeout = Duration.ofSeconds(54);
        for (int i = 0; i < 10_000; i++) {
            assertThat(Deadlines.start(timeout, () -> {}).end()).isTrue();
        }
        assertThat(Deadlines.queued(timeout)).isZero();
    }

    @Test
    void callsEndingOutOfOrderAreDroppedOnceTheOldestEnds() {
        Duration timeout = Duration.ofSeconds(55);
        Deadlines.Call oldest = Deadlines.start(timeout, () -> {});
        for (int i = 0; i < 100; i++) {
            Deadlines.start(timeout, () -> {}).end();
        }
        assertThat(Deadlines.queued(timeout)).isEqualTo(101);

        oldest.end();
        assertThat(Deadlines.queued(timeout)).isZero();
    }

    @Test
    void anExpiryThatThrowsIsReportedAndTheWatcherGoesOn() throws InterruptedException {
        AtomicReference<Throwable> reported = new AtomicReference<>();
        CountDownLatch reportedOnce = new CountDownLatch(1);
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            reported.set(e);
            reportedOnce.countDown();
        });
        try {
            Deadlines.Call failing = Deadlines.start(Duration.ofMillis(56), () -> {
                throw new IllegalStateException("broken expiry");
            });
            assertThat(reportedOnce.await(10, TimeUnit.SECONDS)).isTrue();
            CountDownLatch later = new CountDownLatch(1);
            Deadlines.start(Duration.ofMillis(57), later::countDown);

            assertThat(later.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(failing.expired()).isTrue();
            assertThat(reported.get()).hasMessage("broken expiry");
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }
}
