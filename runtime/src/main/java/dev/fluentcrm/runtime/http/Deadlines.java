package dev.fluentcrm.runtime.http;

import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Enforces the deadline of every call in flight with one daemon thread that a call ending in
 * time never wakes.
 *
 * <p>Why not a {@code ScheduledExecutorService}: scheduling and cancelling a task per call
 * signals the timer thread twice, and on a two-core machine those wake-ups cost more than the
 * rest of what the client adds to a call. Here, calls with the same timeout sit in one FIFO
 * lane; since they all get the same timeout, a lane's deadlines grow in the order the calls
 * joined it, and its head is always the next to expire. The watcher sleeps until the earliest
 * head; with a lane empty it sleeps one whole timeout, since a call joining later cannot expire
 * sooner. Only a lane with a new timeout wakes it. A call that ends marks its entry done and
 * drops the done entries at the head of its lane; the watcher drops the rest when it passes.
 *
 * <p>Precision: a deadline may be missed by the time between a call reading the clock and
 * joining its lane (microseconds). Lanes are kept for the life of the JVM, one per distinct
 * timeout: clients set theirs once, so there are a handful.
 */
final class Deadlines {
    /** Longer timeouts are cut to this (73 years), so that a deadline's nanoTime cannot overflow. */
    private static final long LONGEST = Long.MAX_VALUE / 4;

    private static final Map<Long, Lane> LANES = new ConcurrentHashMap<>();
    private static final Thread WATCHER = watcher();

    private Deadlines() {}

    /** Starts the clock of a call: {@code onExpiry} runs on the watcher thread if it is not {@link Call#end() ended} within {@code timeout}. */
    static Call start(Duration timeout, Runnable onExpiry) {
        long timeoutNanos = timeout.compareTo(Duration.ofNanos(LONGEST)) > 0 ? LONGEST : timeout.toNanos();
        Lane lane = LANES.get(timeoutNanos);
        if (lane == null) {
            lane = LANES.computeIfAbsent(timeoutNanos, Lane::new);
            // The watcher may be asleep for longer than this new timeout.
            LockSupport.unpark(WATCHER);
        }
        Call call = new Call(lane, System.nanoTime() + timeoutNanos, onExpiry);
        lane.calls.add(call);
        return call;
    }

    /** How many calls of this timeout are still queued (ended ones the watcher has yet to drop included); for tests. */
    static int queued(Duration timeout) {
        Lane lane = LANES.get(timeout.toNanos());
        return lane == null ? 0 : lane.calls.size();
    }

    /** The clock of one call. */
    static final class Call {
        private static final int RUNNING = 0;
        private static final int ENDED = 1;
        private static final int EXPIRING = 2;
        private static final int EXPIRED = 3;

        private final Lane lane;
        private final long deadline;
        private final Runnable onExpiry;
        private final AtomicInteger state = new AtomicInteger(RUNNING);

        private Call(Lane lane, long deadline, Runnable onExpiry) {
            this.lane = lane;
            this.deadline = deadline;
            this.onExpiry = onExpiry;
        }

        /** Stops the clock; false when the deadline came first and {@code onExpiry} runs or ran. */
        boolean end() {
            boolean inTime = state.compareAndSet(RUNNING, ENDED);
            lane.dropEndedHeads();
            return inTime;
        }

        /**
         * After {@link #end()} returned false, waits until {@code onExpiry} has returned, so that
         * an interrupt it sends cannot land after the caller cleared it. Never call this from
         * {@code onExpiry} itself or anything it runs.
         */
        void awaitExpiry() {
            while (state.get() != EXPIRED) {
                Thread.onSpinWait();
            }
        }

        /** Whether the deadline passed before {@link #end()}. */
        boolean expired() {
            return state.get() >= EXPIRING;
        }

        private boolean ended() {
            return state.get() == ENDED;
        }

        private void expire() {
            if (state.compareAndSet(RUNNING, EXPIRING)) {
                try {
                    onExpiry.run();
                } catch (RuntimeException e) {
                    // One failing expiry must not stop the clock of every other call: report it
                    // as an uncaught exception would be, and go on.
                    Thread watcher = Thread.currentThread();
                    watcher.getUncaughtExceptionHandler().uncaughtException(watcher, e);
                } finally {
                    state.set(EXPIRED);
                }
            }
        }
    }

    /** The calls of one timeout, in the order they started, which is the order of their deadlines. */
    private static final class Lane {
        private final long timeoutNanos;
        private final Queue<Call> calls = new ConcurrentLinkedQueue<>();

        private Lane(long timeoutNanos) {
            this.timeoutNanos = timeoutNanos;
        }

        private void dropEndedHeads() {
            for (Call head = calls.peek(); head != null && head.ended(); head = calls.peek()) {
                calls.remove(head);
            }
        }

        /** Expires the calls past their deadline and returns how long the watcher may sleep. */
        private long expireDue(long now) {
            for (Call head = calls.peek(); head != null; head = calls.peek()) {
                if (!head.ended()) {
                    long left = head.deadline - now;
                    if (left > 0) {
                        return left;
                    }
                    head.expire();
                }
                calls.remove(head);
            }
            return timeoutNanos;
        }
    }

    private static Thread watcher() {
        Thread thread = new Thread(Deadlines::watch, "fluentcrm-request-deadline");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void watch() {
        while (true) {
            long now = System.nanoTime();
            long sleep = Long.MAX_VALUE;
            for (Lane lane : LANES.values()) {
                sleep = Math.min(sleep, lane.expireDue(now));
            }
            LockSupport.parkNanos(Deadlines.class, sleep);
        }
    }
}
