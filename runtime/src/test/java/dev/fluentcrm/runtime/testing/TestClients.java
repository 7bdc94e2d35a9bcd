package dev.fluentcrm.runtime.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ClientOptions;
import dev.fluentcrm.runtime.http.RetryPolicy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Clients of the test server, all with the same distinctive Application Password, and the
 * check that no exception ever shows it.
 */
public final class TestClients {
    public static final String USER = "api-robot";
    public static final String PASSWORD = "Zq7X kP4w Tt9m Rb2v Lc8n Hy3d";

    private TestClients() {}

    /** Fast retries: {@code maxAttempts} tries, 1 ms backoff, every wait (Retry-After too) capped at 20 ms. */
    public static RetryPolicy fastRetries(int maxAttempts) {
        return RetryPolicy.builder()
                .maxAttempts(maxAttempts)
                .initialDelay(Duration.ofMillis(1))
                .maxDelay(Duration.ofMillis(20))
                .build();
    }

    public static ClientOptions.Builder options(TestServer server) {
        return ClientOptions.builder()
                .siteUrl(server.siteUrl())
                .applicationPassword(USER, PASSWORD)
                .requestTimeout(Duration.ofSeconds(5))
                .retryPolicy(fastRetries(3));
    }

    public static ApiExecutor executor(TestServer server) {
        return new ApiExecutor(options(server).build());
    }

    public static ApiExecutor executor(TestServer server, RetryPolicy retries) {
        return new ApiExecutor(options(server).retryPolicy(retries).build());
    }

    /** Runs the call, expects it to throw, and checks the exception shows no secret. */
    public static Throwable failure(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("the call should have failed").isNotNull();
        assertNoSecret(thrown);
        return thrown;
    }

    /** Waits for the future, expects it to fail, and returns the cause (unwrapped), checked for secrets. */
    public static Throwable asyncFailure(CompletableFuture<?> future) {
        Throwable thrown = catchThrowable(() -> future.get(10, TimeUnit.SECONDS));
        assertThat(thrown).as("the future should have failed").isInstanceOf(ExecutionException.class);
        Throwable cause = thrown.getCause();
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertNoSecret(cause);
        return cause;
    }

    /** Neither the password (with or without its spaces) nor the Basic token appear in the message, toString or stack trace. */
    public static void assertNoSecret(Throwable thrown) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        String token = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertNoSecret(String.valueOf(t.getMessage()), token);
            assertNoSecret(t.toString(), token);
        }
        assertNoSecret(trace.toString(), token);
    }

    public static void assertNoSecret(String text) {
        assertNoSecret(
                text, Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertNoSecret(String text, String token) {
        assertThat(text)
                .doesNotContain(PASSWORD)
                .doesNotContain(PASSWORD.replace(" ", ""))
                .doesNotContain(token);
    }
}
