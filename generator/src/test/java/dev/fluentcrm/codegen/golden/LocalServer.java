package dev.fluentcrm.codegen.golden;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A JDK HTTP server on 127.0.0.1 that records each request and answers with the queued
 * responses in order (404 when none is left), for calling golden module classes for real.
 */
final class LocalServer implements AutoCloseable {
    /** One request as it arrived: the raw (still encoded) path and query, a header and the body. */
    record Recorded(String method, String rawPath, String rawQuery, String nonce, String contentType, String body) {
        /** The query as PHP reads it: each {@code name=value} pair decoded ({@code +} is a space). */
        List<String> queryPairs() {
            if (rawQuery == null) {
                return List.of();
            }
            return Arrays.stream(rawQuery.split("&"))
                    .map(pair -> Arrays.stream(pair.split("=", 2))
                            .map(p -> URLDecoder.decode(p, StandardCharsets.UTF_8))
                            .collect(Collectors.joining("=")))
                    .toList();
        }

        /** The whole query decoded, for reading; ambiguous when a value holds {@code &}. */
        String query() {
            return String.join("&", queryPairs());
        }
    }

    private record Answer(int status, String body) {}

    private final HttpServer server;
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<Recorded> requests = new ArrayList<>();

    LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The API root the generated client should use. */
    String apiRoot() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/wp-json/fluent-crm/v2";
    }

    LocalServer answer(int status, String json) {
        synchronized (answers) {
            answers.add(new Answer(status, json));
        }
        return this;
    }

    List<Recorded> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    Recorded onlyRequest() {
        List<Recorded> all = requests();
        if (all.size() != 1) {
            throw new AssertionError("expected one request, got " + all);
        }
        return all.get(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        synchronized (requests) {
            requests.add(new Recorded(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("X-WP-Nonce"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    body));
        }
        Answer answer;
        synchronized (answers) {
            answer = answers.isEmpty() ? new Answer(404, "{\"message\":\"nothing queued\"}") : answers.poll();
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
