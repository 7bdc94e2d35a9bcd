package dev.fluentcrm.server.auth;

import dev.fluentcrm.server.error.ApiError;
import dev.fluentcrm.server.http.ServerRequest;

/**
 * Decides who is calling. Returns the user name, or throws an {@link ApiError} (401) that is
 * sent as it is. Routes the spec marks public ({@code security: []}) never ask.
 */
@FunctionalInterface
public interface Authenticator {
    String authenticate(ServerRequest request);

    /** Lets every request in, as the user "anonymous"; for tests that do not care about auth. */
    static Authenticator anyone() {
        return request -> "anonymous";
    }
}
