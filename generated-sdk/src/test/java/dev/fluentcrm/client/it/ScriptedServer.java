package dev.fluentcrm.client.it;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real JDK HTTP server on 127.0.0.1 and a free port, standing in for a WordPress site with
 * FluentCRM. Answers are scripted per (method, path below {@value #API}); the first
 * {@link #failFirst N} answers can be forced to 503; every request is recorded. Unscripted
 * routes get WordPress's own 404 {@code rest_no_route}. Close it after each test.
 */
public final class ScriptedServer implements AutoCloseable {
    /** Where FluentCRM's REST API lives below the site root. */
    public static final String API = "/wp-json/fluent-crm/v2";

    private static final String NO_ROUTE =
            "{\"code\":\"rest_no_route\",\"message\":\"No route was found matching the URL and request method.\",\"data\":{\"status\":404}}";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "scripted-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Function<Recorded, Reply>> routes = new LinkedHashMap<>();
    private final List<Recorded> requests = new ArrayList<>();
    private int failuresLeft;

    private ScriptedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public static ScriptedServer start() {
        try {
            return new ScriptedServer();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test server", e);
        }
    }

    /** The WordPress site URL, {@code http://127.0.0.1:<port>}. */
    public String siteUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code method apiPath} (such as {@code GET /subscribers/1}) with {@code reply}, every time. */
    public ScriptedServer on(String method, String apiPath, Reply reply) {
        return on(method, apiPath, request -> reply);
    }

    /** Answers {@code method apiPath} with whatever {@code replies} makes of the request. */
    public synchronized ScriptedServer on(String method, String apiPath, Function<Recorded, Reply> replies) {
        routes.put(key(method, API + apiPath), replies);
        return this;
    }

    /** The next {@code n} requests, whatever their route, are answered 503 Service Unavailable. */
    public synchronized ScriptedServer failFirst(int n) {
        failuresLeft = n;
        return this;
    }

    public synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public synchronized int requestCount() {
        return requests.size();
    }

    /** The only request received; fails when there were none or several. */
    public Recorded onlyRequest() {
        List<Recorded> all = requests();
        if (all.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + all);
        }
        return all.get(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            URI uri = exchange.getRequestURI();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            Recorded request = new Recorded(
                    exchange.getRequestMethod(),
                    uri.getRawPath(),
                    uri.getRawQuery(),
                    headers,
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Reply reply;
            synchronized (this) {
                requests.add(request);
                if (failuresLeft > 0) {
                    failuresLeft--;
                    reply = Reply.of(
                            503, "text/html; charset=UTF-8", "<html><body><h1>Service Unavailable</h1></body></html>");
                } else {
                    reply = routes.getOrDefault(key(request.method(), request.path()), r -> Reply.json(404, NO_ROUTE))
                            .apply(request);
                }
            }
            if (!reply.delay().isZero()) {
                Thread.sleep(reply.delay().toMillis());
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            reply.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // A broken script must show up as a failed call, not as a hanging one.
            e.printStackTrace();
            exchange.sendResponseHeaders(599, -1);
        } finally {
            exchange.close();
        }
    }

    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** One scripted answer. */
    public record Reply(int status, Map<String, String> headers, String body, Duration delay) {
        /** A body with its content type, sent as is. */
        public static Reply of(int status, String contentType, String body) {
            return new Reply(status, Map.of("Content-Type", contentType), body, Duration.ZERO);
        }

        /** A JSON body as WordPress labels it. */
        public static Reply json(int status, String body) {
            return of(status, "application/json; charset=UTF-8", body);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, Map.copyOf(more), body, delay);
        }

        public Reply after(Duration wait) {
            return new Reply(status, headers, body, wait);
        }
    }

    /**
     * One request as the server saw it: raw (still encoded) path and query, headers by lower-case
     * name, and the body.
     */
    public record Recorded(
            String method, String rawPath, String rawQuery, Map<String, List<String>> headers, String body) {
        /** The decoded path, such as {@code /wp-json/fluent-crm/v2/subscribers/1}. */
        public String path() {
            return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        }

        /** The path below {@value ScriptedServer#API}, decoded. */
        public String apiPath() {
            return path().startsWith(API) ? path().substring(API.length()) : path();
        }

        /** The query decoded, pairs in order: {@code tags[]=1&tags[]=2}; empty when there is none. */
        public String decodedQuery() {
            return rawQuery == null ? "" : URLDecoder.decode(rawQuery, StandardCharsets.UTF_8);
        }

        /** Every value of a query parameter, decoded, in order. */
        public List<String> query(String name) {
            List<String> values = new ArrayList<>();
            if (rawQuery != null) {
                for (String pair : rawQuery.split("&")) {
                    int eq = pair.indexOf('=');
                    String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    if (key.equals(name)) {
                        values.add(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                    }
                }
            }
            return values;
        }

        /** The single value of a query parameter, or null. */
        public String queryValue(String name) {
            List<String> values = query(name);
            return values.isEmpty() ? null : values.get(0);
        }

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        @Override
        public String toString() {
            return method + " " + rawPath + (rawQuery == null ? "" : "?" + rawQuery);
        }
    }
}
