package dev.fluentcrm.runtime.robustness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw socket server for what the JDK HttpServer cannot do: it answers every request with the
 * status line, headers and the first bytes of the body, then goes silent with the connection
 * open, like PHP stuck in a slow query halfway through its output.
 */
final class StalledServer implements AutoCloseable {
    private final ServerSocket socket;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Socket> open = new ArrayList<>();
    private final Thread acceptor;

    StalledServer(String head, String firstBytes) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(
                () -> {
                    while (!socket.isClosed()) {
                        try {
                            Socket client = socket.accept();
                            synchronized (open) {
                                open.add(client);
                            }
                            readRequestHead(client.getInputStream());
                            requests.incrementAndGet();
                            OutputStream out = client.getOutputStream();
                            out.write((head + "\r\n" + firstBytes).getBytes(StandardCharsets.UTF_8));
                            out.flush();
                        } catch (IOException e) {
                            // Closed: the test is over.
                        }
                    }
                },
                "stalled-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String siteUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    int requestCount() {
        return requests.get();
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b; matched < 4 && (b = in.read()) >= 0; ) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        synchronized (open) {
            for (Socket client : open) {
                client.close();
            }
        }
    }
}
