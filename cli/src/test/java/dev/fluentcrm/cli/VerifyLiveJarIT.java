package dev.fluentcrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.fluentcrm.spec.FluentCrmSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar fluentcrm-codegen-cli.jar verify-live} in a process of its own against a small
 * site on 127.0.0.1 that registers one route of the bundled spec and answers it with the spec's
 * own example: the answer decodes with the SDK's classes shipped in the jar.
 */
class VerifyLiveJarIT {
    private static final Path JAR = Path.of(System.getProperty("cli.jar"));
    private static final String PASSWORD = "abcd EFGH ijkl MNOP qrst UVWX";

    @TempDir
    Path dir;

    private HttpServer server;
    private int operations;
    private final List<String> requests = new ArrayList<>();

    @BeforeEach
    void site() throws IOException {
        JsonNode spec;
        try (InputStream in = FluentCrmSpec.jsonUrl().openStream()) {
            spec = new ObjectMapper().readTree(in);
        }
        spec.get("paths")
                .forEach(item -> item.fieldNames().forEachRemaining(key -> {
                    if (List.of("get", "put", "post", "delete", "patch").contains(key)) {
                        operations++;
                    }
                }));
        String tags = spec.at("/paths/~1tags/get/responses/200/content/application~1json/example")
                .toString();
        String index = "{\"routes\":{\"/fluent-crm/v2/tags\":{\"methods\":[\"GET\"]}}}";
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(path);
            switch (path) {
                case "/wp-json/fluent-crm/v2" -> send(exchange, 200, index);
                case "/wp-json/fluent-crm/v2/tags" -> send(exchange, 200, tags);
                default -> send(exchange, 404, "{\"code\":\"rest_no_route\",\"message\":\"No route\"}");
            }
        });
        server.start();
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void checksTheSiteWithTheBundledSpecAndTheSdkTypes() throws Exception {
        Path report = dir.resolve("report.json");
        String site = "http://127.0.0.1:" + server.getAddress().getPort();
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "verify-live",
                "--site",
                site,
                "--user",
                "admin",
                "--app-password-env",
                "CRM_PASSWORD",
                "--release",
                "FluentCRM 0.0.1",
                "--report",
                report.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("CRM_PASSWORD", PASSWORD);
        Process process = builder.start();
        // Only a guard against a hung process, not a measurement.
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 5 minutes");
        }
        String out = Files.readString(dir.resolve("out.txt"));
        String err = Files.readString(dir.resolve("err.txt"));

        assertThat(err).isEmpty();
        String api = site + "/wp-json/fluent-crm/v2";
        // The one registered read was called, validated and decoded without a finding of its own.
        assertThat(requests).contains("/wp-json/fluent-crm/v2/tags");
        assertThat(out).doesNotContain(" listTags GET " + api + "/tags");
        // Every other operation of the bundled spec is missing from this site.
        assertThat(out).contains("missing-route getTag GET " + api + "/tags/{id} spec#/paths/~1tags~1{id}/get:");
        assertThat(out.lines().reduce((a, b) -> b).orElseThrow())
                .startsWith("verify-live: " + (operations - 1) + " mismatches (" + (operations - 1)
                        + " missing-route); site " + api + " (FluentCRM 0.0.1), 1 routes, " + operations
                        + " operations in the spec, 1 calls")
                .endsWith("types from fluentcrm-sdk (on the class path)");
        assertThat(out + err).doesNotContain(PASSWORD).doesNotContain("EFGH");
        assertThat(Files.readString(report))
                .contains("\"mismatches\" : " + (operations - 1))
                .doesNotContain(PASSWORD);
        assertThat(process.exitValue()).isEqualTo(1);
    }
}
