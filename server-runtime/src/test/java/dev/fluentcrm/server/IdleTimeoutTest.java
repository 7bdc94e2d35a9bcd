package dev.fluentcrm.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluentcrm.server.auth.Authenticator;
import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.route.Router;
import dev.fluentcrm.server.validate.Schema;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A client that goes silent: mid-body it gets WordPress's 408 in JSON, between requests the
 * connection is closed. The server's idle timeout is shortened for the test; the socket's read
 * timeout only keeps a broken server from hanging it.
 */
@Timeout(60)
class IdleTimeoutTest {
    private FluentCrmHttpServer server;

    @BeforeEach
    void start() {
        Router router = Router.builder()
                .authenticator(Authenticator.anyone())
                .route(Route.builder("POST", "/notes", "createNote")
                        .body(Schema.any(), false)
                        .handle(call -> "ok"))
                .build();
        server = FluentCrmHttpServer.start(
                router, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), router.maxBodyBytes(), 300);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aBodyThatStopsComingIsAnswered408InJson() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + Router.API_PREFIX + "/notes HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"title\":")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();

            InputStream in = socket.getInputStream();
            String head = RawSocket.readHead(in);
            String body = new String(in.readNBytes(RawSocket.contentLength(head)), StandardCharsets.UTF_8);

            assertThat(head).startsWith("HTTP/1.1 408");
            assertThat(TestHttp.json(body))
                    .isEqualTo(TestHttp.json("{\"code\":\"rest_request_timeout\","
                            + "\"message\":\"The request was not received in time.\",\"data\":{\"status\":408}}"));
        }
    }

    @Test
    void aConnectionSilentBetweenRequestsIsClosedWithoutAnAnswer() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(15_000);

            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }
}
