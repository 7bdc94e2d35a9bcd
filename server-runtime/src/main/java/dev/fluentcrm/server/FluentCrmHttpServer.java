package dev.fluentcrm.server;

import dev.fluentcrm.server.http.RestHandler;
import dev.fluentcrm.server.jetty.JsonErrorHandler;
import dev.fluentcrm.server.jetty.RestHandlerAdapter;
import dev.fluentcrm.server.route.Router;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Serves a {@link RestHandler} on an embedded Jetty 12 (core handlers, no servlet API):
 * {@code FluentCrmHttpServer server = FluentCrmHttpServer.start(router);} listens on a free port
 * of 127.0.0.1. Close it to stop.
 *
 * <p>What it holds against: request line and headers together are limited to
 * {@value #MAX_HEADER_BYTES} bytes (414, 431), bodies to the router's limit (413, drained so the
 * client reads it); a connection idle for {@value #IDLE_TIMEOUT_MILLIS} ms mid-request is
 * answered 408 or closed; at most {@value #MAX_CONNECTIONS} connections are open at once. Headers
 * and bodies are read without holding a worker thread, so clients that send slowly cost a
 * connection each, never one of the {@value #MAX_THREADS} workers the handlers run on. Every
 * answer the engine gives by itself is WordPress-style JSON.
 */
public final class FluentCrmHttpServer implements AutoCloseable {
    /** The request line plus all headers; WordPress sites behind nginx allow 8 KB lines and 32 KB in all. */
    public static final int MAX_HEADER_BYTES = 32 * 1024;
    /** How long a connection may stay silent in the middle of a request (or between requests). */
    public static final long IDLE_TIMEOUT_MILLIS = 20_000;
    /** Open connections at once; past it, new connections wait in the accept queue. */
    public static final int MAX_CONNECTIONS = 1024;
    /** Worker threads for handlers (Jetty's selector and acceptor run on them too). */
    public static final int MAX_THREADS = 32;

    private static final int MIN_THREADS = 4;

    private final Server server;
    private final ServerConnector connector;

    private FluentCrmHttpServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** Serves a router on a free port of 127.0.0.1, with the router's body limit. */
    public static FluentCrmHttpServer start(Router router) {
        return start(router, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), router.maxBodyBytes());
    }

    /** Serves any handler at {@code address}, reading at most {@code maxBodyBytes} of a body. */
    public static FluentCrmHttpServer start(RestHandler handler, InetSocketAddress address, int maxBodyBytes) {
        return start(handler, address, maxBodyBytes, IDLE_TIMEOUT_MILLIS);
    }

    /** With another idle timeout than {@link #IDLE_TIMEOUT_MILLIS}: tests see a 408 without waiting 20 s. */
    static FluentCrmHttpServer start(
            RestHandler handler, InetSocketAddress address, int maxBodyBytes, long idleTimeoutMillis) {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
        threads.setName("fluentcrm-http");
        threads.setDaemon(true);
        Server server = new Server(threads);

        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // The router reads the raw path and query itself (it never maps a path to a file) and answers
        // what it cannot read in JSON, as WordPress does; Jetty's stricter modes would refuse
        // %00 or %2F in a segment first.
        http.setUriCompliance(UriCompliance.UNSAFE);

        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(
                address.isUnresolved()
                        ? address.getHostString()
                        : address.getAddress().getHostAddress());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(idleTimeoutMillis);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        server.setErrorHandler(new JsonErrorHandler());
        server.setHandler(new RestHandlerAdapter(handler, maxBodyBytes));
        server.setStopTimeout(0);
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            throw new UncheckedIOException("Cannot listen on " + address, e);
        } catch (Exception e) {
            stopQuietly(server);
            throw new IllegalStateException("Cannot start the HTTP server on " + address, e);
        }
        return new FluentCrmHttpServer(server, connector);
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The WordPress site root, such as {@code http://127.0.0.1:51234}; give it to a client's {@code siteUrl}. */
    public String siteUrl() {
        String host = connector.getHost();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    /** The API root: the site URL plus {@code /wp-json/fluent-crm/v2}. */
    public URI apiRoot() {
        return URI.create(siteUrl() + Router.API_PREFIX);
    }

    @Override
    public void close() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the HTTP server", e);
        }
    }
}
