package dev.fluentcrm.live;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on 127.0.0.1 answering fixed bodies by method and path (query included),
 * behind Basic authentication: what a FluentCRM site would send, crafted to disagree with a spec.
 */
final class CraftedSite implements AutoCloseable {
    static final String PASSWORD = "abcd EFGH ijkl MNOP qrst UVWX";

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();

    record Answer(int status, String body) {}

    CraftedSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    CraftedSite answer(String method, String pathAndQuery, int status, String body) {
        answers.put(method + " " + pathAndQuery, new Answer(status, body));
        return this;
    }

    /** An answer only for a request with exactly this body; others fall back to the answer without a body. */
    CraftedSite answerTo(String method, String pathAndQuery, String requestBody, int status, String body) {
        answers.put(method + " " + pathAndQuery + " " + requestBody, new Answer(status, body));
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String target =
                exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null
                                ? ""
                                : "?" + exchange.getRequestURI().getRawQuery());
        requests.add(target);
        String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String expected =
                "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        Answer answer = expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                ? answers.getOrDefault(
                        target + " " + requestBody,
                        answers.getOrDefault(
                                target, new Answer(404, "{\"code\":\"rest_no_route\",\"message\":\"No route\"}")))
                : new Answer(401, "{\"code\":\"incorrect_password\",\"message\":\"wrong\"}");
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
