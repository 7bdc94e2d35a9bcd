package dev.fluentcrm.server.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** An answer: status, headers and body bytes. */
public record ServerResponse(int status, Map<String, String> headers, byte[] body) {
    public ServerResponse {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** A JSON answer. */
    public static ServerResponse json(int status, byte[] json) {
        return new ServerResponse(status, Map.of("Content-Type", "application/json; charset=UTF-8"), json);
    }

    public static ServerResponse json(int status, String json) {
        return json(status, json.getBytes(StandardCharsets.UTF_8));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
