package dev.fluentcrm.runtime.http;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** {@link HttpListener#logTo}: each exchange as a few lines of text. */
final class HttpLog implements HttpListener {
    private static final int MAX_BODY = 4_000;

    private final Consumer<String> sink;
    private final boolean withBodies;

    HttpLog(Consumer<String> sink, boolean withBodies) {
        this.sink = sink;
        this.withBodies = withBodies;
    }

    @Override
    public void onRequest(Request request) {
        StringBuilder text = new StringBuilder("--> ").append(request);
        headers(text, request.headers());
        body(text, request.body());
        sink.accept(text.toString());
    }

    @Override
    public void onResponse(Response response) {
        StringBuilder text = new StringBuilder("<-- ")
                .append(response.statusCode())
                .append(' ')
                .append(response.request())
                .append(" (")
                .append(response.elapsed().toMillis())
                .append(" ms)");
        headers(text, response.headers());
        body(text, response.body());
        sink.accept(text.toString());
    }

    @Override
    public void onFailure(Request request, Throwable failure) {
        sink.accept("<-- FAILED " + request + ": " + failure.getMessage());
    }

    private static void headers(StringBuilder text, Map<String, List<String>> headers) {
        headers.forEach((name, values) -> values.forEach(
                value -> text.append('\n').append(name).append(": ").append(value)));
    }

    private void body(StringBuilder text, String body) {
        if (withBodies && body != null && !body.isEmpty()) {
            text.append("\n\n").append(body.length() > MAX_BODY ? body.substring(0, MAX_BODY) + "..." : body);
        }
    }
}
