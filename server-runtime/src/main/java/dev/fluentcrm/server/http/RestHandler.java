package dev.fluentcrm.server.http;

/**
 * The plain handler: a request in, an answer out, no HTTP server involved. The JDK host in
 * {@code dev.fluentcrm.server.FluentCrmHttpServer} serves one; any other server (a servlet, Netty,
 * a test) can mount one by converting its own request and answer types.
 */
@FunctionalInterface
public interface RestHandler {
    ServerResponse handle(ServerRequest request);
}
