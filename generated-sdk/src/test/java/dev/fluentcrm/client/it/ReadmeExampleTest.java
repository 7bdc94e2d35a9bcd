package dev.fluentcrm.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluentcrm.client.FluentCrmClient;
import dev.fluentcrm.client.model.Contact;
import dev.fluentcrm.client.model.CreateTagRequest;
import dev.fluentcrm.client.model.ListContactsParams;
import dev.fluentcrm.runtime.page.Page;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The example of README.md's "Using the client", compiled here and run against the test server;
 * a second test checks that the README still shows exactly this code, so neither can drift.
 */
class ReadmeExampleTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));

    private ScriptedServer server;
    private PrintStream originalOut;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        server = ScriptedServer.start()
                .on("GET", "/subscribers", ContactPages.perPage(2))
                .on("POST", "/tags", RealResponses.capture("write_tag_create").reply());
        originalOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        System.setOut(originalOut);
        server.close();
    }

    @Test
    void theReadmeExampleRuns() throws Exception {
        String siteUrl = server.siteUrl();
        // README:start
        FluentCrmClient crm = FluentCrmClient.builder()
                .siteUrl(siteUrl)
                .applicationPassword("admin", "abcd efgh ijkl mnop qrst uvwx")
                .build();

        Page<Contact> page =
                crm.contacts().list(ListContactsParams.builder().search("ada").build());
        for (Contact contact : page.autoPaging()) { // fetches further pages as it goes
            System.out.println(contact.email() + " " + contact.status());
        }
        crm.tags()
                .createAsync(CreateTagRequest.builder().title("VIP").build())
                .thenAccept(created -> System.out.println(created.message()));
        // README:end

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!printed().contains("Successfully saved the tag.") && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(printed().lines())
                .containsExactly(
                        "margaret@example.org subscribed",
                        "linus@example.com unsubscribed",
                        "grace@example.net pending",
                        "alan@example.org subscribed",
                        "ada@example.com subscribed",
                        "Successfully saved the tag.");
        assertThat(server.requests())
                .extracting(r -> r.method() + " " + r.apiPath() + " " + r.decodedQuery())
                .containsExactly(
                        "GET /subscribers search=ada",
                        "GET /subscribers search=ada&page=2",
                        "GET /subscribers search=ada&page=3",
                        "POST /tags ");
        assertThat(server.requests().get(3).body()).isEqualTo("{\"title\":\"VIP\"}");
    }

    @Test
    void theReadmeShowsThisCode() throws Exception {
        String readme = Files.readString(MODULE.resolve("../README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("## Using the client.*?```java\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(block.find())
                .as("README.md has a java block under \"Using the client\"")
                .isTrue();

        String test = Files.readString(
                MODULE.resolve("src/test/java/dev/fluentcrm/client/it/ReadmeExampleTest.java"), StandardCharsets.UTF_8);
        String tested = test.substring(
                        test.indexOf("// README:start") + "// README:start".length(), test.indexOf("// README:end"))
                .replace(".siteUrl(siteUrl)", ".siteUrl(\"https://example.com\")");

        // The README's imports are real: each is one of this test's own.
        String readmeCode = block.group(1);
        List<String> imports =
                readmeCode.lines().filter(line -> line.startsWith("import ")).toList();
        assertThat(imports).isNotEmpty();
        assertThat(test.lines().toList()).containsAll(imports);
        String withoutImports =
                readmeCode.lines().filter(line -> !line.startsWith("import ")).collect(Collectors.joining("\n"));

        assertThat(normalized(tested)).isEqualTo(normalized(withoutImports));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The code without any blanks or line breaks: the formatter may lay out the test's copy differently. */
    private static String normalized(String code) {
        return code.replaceAll("\\s+", "");
    }
}
