package dev.fluentcrm.client.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Chrome DevTools Protocol connection to one page, over the JDK's own WebSocket client:
 * commands wait for their answer, events are kept in arrival order for the test to read.
 */
final class DevTools implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();

    private DevTools(URI endpoint) {
        this.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(endpoint, new Listener())
                .orTimeout(30, TimeUnit.SECONDS)
                .join();
    }

    static DevTools connect(URI endpoint) {
        return new DevTools(endpoint);
    }

    /** Sends a command and returns its {@code result}; a protocol error fails with its message. */
    JsonNode send(String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(message.toString(), true).join();
        JsonNode reply = answer.orTimeout(60, TimeUnit.SECONDS).join();
        if (reply.has("error")) {
            throw new IllegalStateException(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    JsonNode send(String method) {
        return send(method, Map.of());
    }

    /** The value of a JavaScript expression in the page (JSON values come back as they are). */
    JsonNode evaluate(String expression) {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("The page threw on " + expression + ": " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** The events received so far with this method name. */
    List<JsonNode> events(String method) {
        synchronized (events) {
            return events.stream()
                    .filter(event -> method.equals(event.path("method").asText()))
                    .map(event -> event.path("params"))
                    .toList();
        }
    }

    /** Waits until an event of {@code method} has arrived. */
    void awaitEvent(String method, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (events) {
            while (events(method).isEmpty()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new IllegalStateException("No " + method + " from Chromium within " + timeoutMillis + " ms");
                }
                events.wait(left);
            }
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done")
                .orTimeout(5, TimeUnit.SECONDS)
                .exceptionally(e -> null);
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                receive(text.toString());
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        private void receive(String message) {
            JsonNode node;
            try {
                node = JSON.readTree(message);
            } catch (IOException e) {
                throw new IllegalStateException("Chromium sent something that is not JSON: " + message, e);
            }
            if (node.has("id")) {
                CompletableFuture<JsonNode> answer =
                        pending.remove(node.get("id").asInt());
                if (answer != null) {
                    answer.complete(node);
                }
                return;
            }
            synchronized (events) {
                events.add(node);
                events.notifyAll();
            }
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pending.values().forEach(answer -> answer.completeExceptionally(error));
        }
    }
}
