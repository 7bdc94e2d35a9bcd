package dev.fluentcrm.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fluentcrm.runtime.testing.TestClients;
import dev.fluentcrm.runtime.testing.TestServer;
import dev.fluentcrm.runtime.testing.TestServer.Reply;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The User-Agent names the SDK and the version of the runtime jar it runs from. */
class UserAgentTest {
    @TempDir
    Path dir;

    @Test
    void fromClassesTheUserAgentSaysDevelopment() {
        try (TestServer server = TestServer.start()) {
            server.enqueue(Reply.ok("{}"));

            TestClients.executor(server)
                    .execute(ApiRequest.builder("GET", "/tags").build(), JsonNode.class);

            // These tests run from target/classes, not from the jar.
            assertThat(server.request(0).header("User-Agent")).isEqualTo("fluentcrm-java/development");
            assertThat(SdkVersion.userAgent()).isEqualTo("fluentcrm-java/development");
        }
    }

    @Test
    void theVersionIsReadFromThePomPropertiesOfTheJar() throws IOException {
        Path jar = jar("with.jar", SdkVersion.POM_PROPERTIES, "groupId=dev.fluentcrm\nversion=1.4.2\n");
        Path other = jar("other.jar", "META-INF/maven/com.example/other/pom.properties", "version=9.9.9\n");

        assertThat(SdkVersion.fromLocation(jar.toUri().toURL())).isEqualTo("1.4.2");
        assertThat(SdkVersion.fromLocation(other.toUri().toURL())).isEqualTo("development");
        assertThat(SdkVersion.fromLocation(dir.toUri().toURL())).isEqualTo("development");
        assertThat(SdkVersion.fromLocation(dir.resolve("missing.jar").toUri().toURL()))
                .isEqualTo("development");
    }

    @Test
    void anExplicitUserAgentWins() {
        try (TestServer server = TestServer.start()) {
            server.enqueue(Reply.ok("{}"));

            new ApiExecutor(TestClients.options(server).userAgent("my-app/2").build())
                    .execute(ApiRequest.builder("GET", "/tags").build(), JsonNode.class);

            assertThat(server.request(0).header("User-Agent")).isEqualTo("my-app/2");
        }
    }

    private Path jar(String name, String entry, String content) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
