package dev.fluentcrm.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** HTTP/1.1 spoken by hand over one socket, for what {@code HttpClient} will not do. */
final class RawSocket {
    private RawSocket() {}

    /**
     * Sends {@code requestLine} (with an empty body) twice on one connection, reading each answer
     * before the next request; returns both answers' status lines and headers as received, the
     * second missing when the server closed the connection.
     */
    static String exchangeTwice(int port, String requestLine) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            StringBuilder answers = new StringBuilder();
            for (int i = 0; i < 2; i++) {
                out.write((requestLine + "\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String head;
                try {
                    head = readHead(in);
                } catch (IOException e) {
                    break;
                }
                if (head.isEmpty()) {
                    break;
                }
                answers.append(head);
                in.readNBytes(contentLength(head));
            }
            return answers.toString();
        }
    }

    /**
     * Writes {@code head} and then {@code bodyBytes} of filler from another thread while this one
     * reads: returns the answer's head and body as far as it came before the server closed (empty
     * when no answer came at all).
     */
    static String sendWhileReading(int port, String head, long bodyBytes) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    byte[] chunk = new byte[64 * 1024];
                    for (long sent = 0; sent < bodyBytes; sent += chunk.length) {
                        out.write(chunk, 0, (int) Math.min(chunk.length, bodyBytes - sent));
                    }
                    out.flush();
                } catch (IOException e) {
                    // The server stopped reading after its answer; the answer is what is checked.
                }
            });
            writer.setDaemon(true);
            writer.start();
            InputStream in = socket.getInputStream();
            String answer = readHead(in);
            int length = contentLength(answer);
            byte[] body = in.readNBytes(length);
            return answer + new String(body, StandardCharsets.UTF_8);
        }
    }

    /** The status line and headers up to the blank line, or "" at the end of the stream. */
    static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            head.write(b);
            matched = (b == '\r' || b == '\n') && (matched % 2 == 0) == (b == '\r') ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** The {@code Content-Length} a head declares, 0 when it has none. */
    static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(
                        line.substring("content-length:".length()).strip());
            }
        }
        return 0;
    }
}
