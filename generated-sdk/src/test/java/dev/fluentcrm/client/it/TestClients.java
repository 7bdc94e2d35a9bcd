package dev.fluentcrm.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fluentcrm.client.FluentCrmClient;
import dev.fluentcrm.runtime.http.RetryPolicy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Clients of a {@link ScriptedServer}, and the unwrapping of failed futures. */
public final class TestClients {
    public static final String USER = "api-robot";
    public static final String PASSWORD = "Zq7X kP4w Tt9m Rb2v Lc8n Hy3d";

    private TestClients() {}

    /** A client of the server with fast retries (default three attempts, 1 ms base delay). */
    public static FluentCrmClient client(ScriptedServer server) {
        return FluentCrmClient.builder()
                .siteUrl(server.siteUrl())
                .applicationPassword(USER, PASSWORD)
                .requestTimeout(Duration.ofSeconds(5))
                .retryPolicy(
                        RetryPolicy.builder().initialDelay(Duration.ofMillis(1)).build())
                .build();
    }

    /** Waits for the future, expects it to fail, and returns the exception the blocking form would throw. */
    public static Throwable asyncFailure(CompletableFuture<?> future) {
        Throwable thrown = catchThrowable(() -> future.get(5, TimeUnit.SECONDS));
        assertThat(thrown).as("the future should have failed").isInstanceOf(ExecutionException.class);
        Throwable cause = thrown.getCause();
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Waits for the future's value. */
    public static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(5, TimeUnit.SECONDS);
    }
}
