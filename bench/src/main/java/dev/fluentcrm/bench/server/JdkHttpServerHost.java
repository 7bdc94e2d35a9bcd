package dev.fluentcrm.bench.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.fluentcrm.server.http.RestHandler;
import dev.fluentcrm.server.http.ServerRequest;
import dev.fluentcrm.server.http.ServerResponse;
import dev.fluentcrm.server.route.Router;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server runtime's HTTP host before it moved to Jetty (commit ad202ca), kept for the bench
 * only, so the same run measures the engine before and after: the JDK's built-in HTTP server with
 * a fixed pool of 8 threads doing blocking reads, serving any {@link RestHandler}. The
 * {@code sun.net.httpserver.nodelay} property it set is set by the bench's command line instead.
 */
final class JdkHttpServerHost implements AutoCloseable {
    private static final int THREADS = 8;

    private final HttpServer server;
    private final ExecutorService executor;
    private final RestHandler handler;
    private final int maxBodyBytes;

    private JdkHttpServerHost(HttpServer server, ExecutorService executor, RestHandler handler, int maxBodyBytes) {
        this.server = server;
        this.executor = executor;
        this.handler = handler;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Serves a router on a free port of 127.0.0.1, with the router's body limit. */
    static JdkHttpServerHost start(Router router) {
        return start(router, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), router.maxBodyBytes());
    }

    /** Serves any handler at {@code address}, reading at most {@code maxBodyBytes} of a body. */
    static JdkHttpServerHost start(RestHandler handler, InetSocketAddress address, int maxBodyBytes) {
        try {
            HttpServer server = HttpServer.create(address, 64);
            ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
            JdkHttpServerHost host = new JdkHttpServerHost(server, executor, handler, maxBodyBytes);
            server.createContext("/", host::exchange);
            server.setExecutor(executor);
            server.start();
            return host;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + address, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The WordPress site root, such as {@code http://127.0.0.1:51234}; give it to a client's {@code siteUrl}. */
    public String siteUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    /** The API root: the site URL plus {@code /wp-json/fluent-crm/v2}. */
    public URI apiRoot() {
        return URI.create(siteUrl() + Router.API_PREFIX);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            ServerResponse response;
            byte[] body = readBody(exchange);
            if (body == null) {
                response = ServerResponse.json(
                        413,
                        "{\"code\":\"rest_request_too_large\",\"message\":\"The request body is larger than "
                                + maxBodyBytes + " bytes.\",\"data\":{\"status\":413}}");
            } else {
                URI uri = exchange.getRequestURI();
                Map<String, List<String>> headers = new LinkedHashMap<>(exchange.getRequestHeaders());
                response = handler.handle(new ServerRequest(
                        exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers, body));
            }
            response.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            // HEAD, 204 and 304 answers have no body in HTTP, whatever the handler wrote (the router writes {} for
            // "nothing").
            boolean noBody = exchange.getRequestMethod().equalsIgnoreCase("HEAD")
                    || response.status() == 204
                    || response.status() == 304
                    || response.body().length == 0;
            exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        }
    }

    /**
     * The body, or null when it is larger than the limit. An oversized body is still drained (up to
     * a bound) so the client reads the 413 instead of a reset connection.
     */
    private byte[] readBody(HttpExchange exchange) throws IOException {
        long drainLimit = Math.max(16L * maxBodyBytes, 8L * 1024 * 1024);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while (total <= drainLimit && (read = in.read(buffer)) >= 0) {
                total += read;
                if (total <= maxBodyBytes) {
                    out.write(buffer, 0, read);
                }
            }
        }
        return total > maxBodyBytes ? null : out.toByteArray();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "jdk-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
