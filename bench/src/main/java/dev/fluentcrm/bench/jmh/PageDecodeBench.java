package dev.fluentcrm.bench.jmh;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.fluentcrm.client.model.Contact;
import dev.fluentcrm.runtime.json.JsonParts;
import dev.fluentcrm.runtime.json.PhpJson;
import dev.fluentcrm.runtime.page.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decoding one {@code GET /subscribers} answer of 1,000 contacts, no HTTP: the SDK's way
 * (what {@code ApiExecutor} calls: the PHP-lenient mapper binding the page under
 * {@code /subscribers} as {@code Page<Contact>} records in one streaming pass) against plain Jackson reading
 * the same body into a tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PageDecodeBench {
    private static final JsonPointer PAGE = JsonPointer.compile("/subscribers");

    private String body;
    private ObjectReader pageReader;
    private ObjectMapper plain;

    @Setup(Level.Trial)
    public void load() {
        body = new String(Fixtures.contactsPage(1000), StandardCharsets.UTF_8);
        pageReader = PhpJson.newMapper().readerFor(new TypeReference<Page<Contact>>() {});
        plain = new ObjectMapper();
    }

    @Benchmark
    public Page<Contact> sdkDecodePage() throws IOException {
        return JsonParts.read(pageReader, body, PAGE);
    }

    @Benchmark
    public JsonNode rawDecodePage() throws IOException {
        return plain.readTree(body);
    }
}
