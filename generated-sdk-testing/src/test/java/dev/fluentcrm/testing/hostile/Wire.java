package dev.fluentcrm.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fluentcrm.testing.MockFluentCrm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written and read by hand, byte for byte, so requests no well-behaved client would send
 * (a {@code |} or raw UTF-8 in the query, a lone {@code %}, broken framing) reach the server as they are.
 */
final class Wire {
    static final String API = "/wp-json/fluent-crm/v2";
    static final String AUTH = "Basic "
            + Base64.getEncoder()
                    .encodeToString(
                            (MockFluentCrm.USER + ":" + MockFluentCrm.PASSWORD).getBytes(StandardCharsets.UTF_8));
    static final String WRONG_AUTH =
            "Basic " + Base64.getEncoder().encodeToString("admin:wrong password".getBytes(StandardCharsets.UTF_8));
    private static final ObjectMapper JSON = new ObjectMapper();

    private Wire() {}

    /** One answer: status, headers (names in lower case) and body text. */
    record Answer(int status, Map<String, String> headers, String body) {
        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        /** The body as JSON, or null when it is not JSON. */
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    /** A request with {@code Host}, {@code Content-Length} and the given headers (name, value pairs; a null value is left out). */
    static byte[] request(String method, String target, String body, String... headers) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
        }
        head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        // The target may hold raw UTF-8 on purpose: the head is written as UTF-8 bytes.
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[headBytes.length + content.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(content, 0, all, headBytes.length, content.length);
        return all;
    }

    /**
     * An API call as the admin on a new connection: {@code target} below {@link #API}, a JSON body
     * (or null for none) with its content type; null when the server closed without an answer.
     */
    static Answer call(int port, String method, String target, String json) throws IOException {
        return exchange(
                port,
                request(
                        method,
                        API + target,
                        json,
                        "Authorization",
                        AUTH,
                        "Content-Type",
                        json == null ? null : "application/json"));
    }

    /** Sends {@code bytes} on a new connection and reads one answer; null when the server closed without one. */
    static Answer exchange(int port, byte[] bytes) throws IOException {
        try (Socket socket = open(port)) {
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    static Socket open(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(30_000);
        return socket;
    }

    /** Reads one answer (Content-Length or chunked); null at the end of the stream before any byte. */
    static Answer read(InputStream in) throws IOException {
        String head = readHead(in);
        if (head.isEmpty()) {
            return null;
        }
        String[] lines = head.split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/1.")) {
            throw new IOException("Not an HTTP answer: " + lines[0]);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = readChunked(in);
        } else {
            body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        }
        return new Answer(Integer.parseInt(statusLine[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            int size = Integer.parseInt(sizeLine.split(";", 2)[0].strip(), 16);
            if (size == 0) {
                readLine(in);
                return body.toByteArray();
            }
            body.write(in.readNBytes(size));
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /** The status line and headers up to the blank line, or "" at the end of the stream. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            last4 = (last4 << 8) | b;
            if (last4 == 0x0D0A0D0A) {
                String text = head.toString(StandardCharsets.ISO_8859_1);
                return text.substring(0, text.length() - 4);
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
