package dev.fluentcrm.server.route;

import dev.fluentcrm.server.http.ServerResponse;
import java.util.function.Supplier;

/**
 * Runs around every validated call: it may answer itself (a mock answering with a fixture) or
 * {@code proceed} to the route's handler.
 */
@FunctionalInterface
public interface Interceptor {
    ServerResponse intercept(Call call, Supplier<ServerResponse> proceed);
}
