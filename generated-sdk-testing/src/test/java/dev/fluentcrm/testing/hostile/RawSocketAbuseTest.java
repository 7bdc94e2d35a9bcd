package dev.fluentcrm.testing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluentcrm.testing.MockFluentCrm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Abuse at the socket level (fixed seed): garbage, broken framing, request smuggling shapes,
 * pipelining and connections reset halfway. Whatever the server can still answer is answered
 * with a 4xx JSON error; a reset never costs the next client its answer.
 */
class RawSocketAbuseTest {
    private static MockFluentCrm mock;

    @BeforeAll
    static void start() {
        mock = MockFluentCrm.start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    private static final String HEAD = "Host: 127.0.0.1\r\nAuthorization: " + Wire.AUTH + "\r\n";

    /** Framing the server can read far enough to answer: each one gets the status it calls for, in JSON. */
    @Test
    void brokenFramingIsAnsweredInJson() throws IOException {
        record Case(String what, String request, int status) {}
        String tags = "POST " + Wire.API + "/tags HTTP/1.1\r\n" + HEAD + "Content-Type: application/json\r\n";
        List<Case> cases = List.of(
                new Case("no Host", "GET " + Wire.API + "/tags HTTP/1.1\r\n\r\n", 400),
                new Case("garbage line", "GARBAGE\r\n\r\n", 400),
                new Case(
                        "header without a colon",
                        "GET " + Wire.API + "/tags HTTP/1.1\r\n" + HEAD + "oops\r\n\r\n",
                        400),
                new Case("letters as a length", tags + "Content-Length: abc\r\n\r\n", 400),
                new Case("negative length", tags + "Content-Length: -5\r\n\r\n", 400),
                new Case("two lengths", tags + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400),
                new Case(
                        "length and chunked together",
                        tags + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                        400),
                new Case("bad chunk size", tags + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", 400),
                new Case("NUL in the path", "GET " + Wire.API + "/tags/%00 HTTP/1.1\r\n" + HEAD + "\r\n", 400),
                new Case("space in the target", "GET " + Wire.API + "/ta gs HTTP/1.1\r\n" + HEAD + "\r\n", 400),
                new Case(
                        "request line too long",
                        "GET " + Wire.API + "/tags?search=" + "a".repeat(40_000) + " HTTP/1.1\r\n" + HEAD + "\r\n",
                        414),
                new Case(
                        "headers too large",
                        "GET " + Wire.API + "/tags HTTP/1.1\r\n" + HEAD + "X-Big: " + "b".repeat(40_000) + "\r\n\r\n",
                        431),
                new Case("no such route", "GET " + Wire.API + "/no-such-thing HTTP/1.1\r\n" + HEAD + "\r\n", 404),
                new Case("no such method", "BREW " + Wire.API + "/tags HTTP/1.1\r\n" + HEAD + "\r\n", 404),
                new Case("body too large", tags + "Content-Length: 5000000\r\n\r\n{", 413));
        List<String> problems = new ArrayList<>();
        for (Case c : cases) {
            Wire.Answer answer = Wire.exchange(mock.port(), c.request().getBytes(StandardCharsets.ISO_8859_1));
            if (answer == null
                    || answer.status() != c.status()
                    || !answer.contentType().startsWith("application/json")
                    || !Verdict.isWordPressError(answer.json(), c.status())) {
                problems.add(c.what() + ": expected " + c.status() + " in WordPress's JSON, got " + answer);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Random bytes ended like a request head: the server answers each with a 4xx JSON error. */
    @Test
    void garbageIsAnsweredWithAJsonError() throws IOException {
        Random random = new Random(404);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            byte[] garbage = new byte[1 + random.nextInt(300)];
            random.nextBytes(garbage);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(garbage);
            bytes.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            Wire.Answer answer = Wire.exchange(mock.port(), bytes.toByteArray());
            String problem = Verdict.problem(answer, true, false);
            if (problem != null || answer.status() < 400) {
                problems.add("garbage #" + i + ": " + (problem == null ? answer : problem));
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Three requests in one write, one broken in the middle: three answers, in order. */
    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws IOException {
        ByteArrayOutputStream pipeline = new ByteArrayOutputStream();
        pipeline.write(Wire.request("GET", Wire.API + "/tags?search=a|b", null, "Authorization", Wire.AUTH));
        pipeline.write(Wire.request(
                "POST",
                Wire.API + "/tags",
                "{\"title\":",
                "Authorization",
                Wire.AUTH,
                "Content-Type",
                "application/json"));
        pipeline.write(Wire.request("GET", Wire.API + "/lists", null, "Authorization", Wire.AUTH));
        try (Socket socket = Wire.open(mock.port())) {
            socket.getOutputStream().write(pipeline.toByteArray());
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            Wire.Answer first = Wire.read(in);
            Wire.Answer second = Wire.read(in);
            Wire.Answer third = Wire.read(in);

            assertThat(first).isNotNull();
            assertThat(first.status()).isEqualTo(200);
            assertThat(second).isNotNull();
            assertThat(second.status()).isEqualTo(400);
            assertThat(second.json().path("code").asText()).isEqualTo("rest_invalid_json");
            assertThat(third).isNotNull();
            assertThat(third.status()).isEqualTo(200);
        }
        assertThat(mock.requests()).extracting(r -> r.operationId()).contains("listTags", "createTag", "listLists");
    }

    /** Connections reset halfway through a head or a body leave the server answering everyone else. */
    @Test
    void resetConnectionsDoNotHurtOthers() throws IOException {
        Random random = new Random(99);
        byte[] full = Wire.request(
                "POST",
                Wire.API + "/tags",
                "{\"title\":\"" + "t".repeat(4000) + "\"}",
                "Authorization",
                Wire.AUTH,
                "Content-Type",
                "application/json");
        for (int i = 0; i < 100; i++) {
            Socket socket = Wire.open(mock.port());
            OutputStream out = socket.getOutputStream();
            out.write(full, 0, 1 + random.nextInt(full.length - 1));
            out.flush();
            socket.setSoLinger(true, 0);
            socket.close();
            if (i % 10 == 9) {
                Wire.Answer answer = Wire.call(mock.port(), "GET", "/tags", null);
                assertThat(answer).as("an answer after %d resets", i + 1).isNotNull();
                assertThat(answer.status()).isEqualTo(200);
            }
        }
    }
}
