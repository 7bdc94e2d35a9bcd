package dev.fluentcrm.server.route;

import dev.fluentcrm.server.http.ServerRequest;
import dev.fluentcrm.server.http.ServerResponse;

/** Told of every request and its answer, valid or not; {@code route} is null when none matched. */
@FunctionalInterface
public interface ExchangeListener {
    void exchanged(ServerRequest request, Route route, ServerResponse response);
}
