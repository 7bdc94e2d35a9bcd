package dev.fluentcrm.runtime.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 and a free port. Replies are scripted per request: first from
 * the queue filled by {@link #enqueue}, then from the {@link #dispatch} function; every request
 * is recorded. Close it (try-with-resources or {@code @AfterEach}) to stop it.
 */
public final class TestServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "test-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Queue<Reply> queue = new ArrayDeque<>();
    private final List<Recorded> requests = new ArrayList<>();
    private Function<Recorded, Reply> dispatcher = request -> Reply.json(599, "{\"message\":\"no scripted reply\"}");

    private TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static TestServer start() {
        try {
            return new TestServer();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the test server", e);
        }
    }

    /** {@code http://127.0.0.1:port}, the WordPress site URL. */
    public String siteUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Replies to the next requests, in order, before the dispatcher is asked. */
    public synchronized TestServer enqueue(Reply... replies) {
        queue.addAll(List.of(replies));
        return this;
    }

    /** Replies to every request the queue does not cover. */
    public synchronized TestServer dispatch(Function<Recorded, Reply> dispatcher) {
        this.dispatcher = dispatcher;
        return this;
    }

    public synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public synchronized int requestCount() {
        return requests.size();
    }

    public Recorded request(int index) {
        return requests().get(index);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Recorded recorded = new Recorded(
                exchange.getRequestMethod(),
                exchange.getRequestURI(),
                copy(exchange.getRequestHeaders()),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                System.nanoTime());
        Reply reply;
        synchronized (this) {
            requests.add(recorded);
            reply = queue.isEmpty() ? dispatcher.apply(recorded) : queue.remove();
        }
        try {
            if (!reply.delay().isZero()) {
                Thread.sleep(reply.delay().toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
            return;
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        if (reply.dropConnection()) {
            // Promise the whole body, send a part, then break the connection.
            exchange.sendResponseHeaders(reply.status(), Math.max(body.length, 64));
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, Math.min(body.length, 8));
            out.flush();
            throw new IOException("test server drops the connection on purpose");
        }
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, List<String>> copy(Headers headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        return copy;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** One scripted answer. */
    public record Reply(int status, Map<String, String> headers, String body, Duration delay, boolean dropConnection) {
        public static Reply json(int status, String body) {
            return new Reply(
                    status, Map.of("Content-Type", "application/json; charset=UTF-8"), body, Duration.ZERO, false);
        }

        public static Reply ok(String body) {
            return json(200, body);
        }

        public static Reply status(int status) {
            return json(status, "");
        }

        public static Reply html(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "text/html; charset=UTF-8"), body, Duration.ZERO, false);
        }

        /** Headers and part of the body, then the connection is closed. */
        public static Reply dropMidBody() {
            return new Reply(
                    200, Map.of("Content-Type", "application/json"), "{\"id\":1,\"title\":\"cut", Duration.ZERO, true);
        }

        public Reply header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, Map.copyOf(more), body, delay, dropConnection);
        }

        public Reply delayed(Duration delay) {
            return new Reply(status, headers, body, delay, dropConnection);
        }
    }

    /** One request as the server saw it. */
    public record Recorded(String method, URI uri, Map<String, List<String>> headers, String body, long receivedNanos) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String rawPath() {
            return uri.getRawPath();
        }

        public String rawQuery() {
            return uri.getRawQuery();
        }

        /** The decoded value of a query parameter, or null. */
        public String query(String name) {
            String raw = uri.getRawQuery();
            if (raw == null) {
                return null;
            }
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                if (key.equals(name)) {
                    return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
            return null;
        }
    }
}
