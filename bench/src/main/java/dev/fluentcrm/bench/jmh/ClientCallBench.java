package dev.fluentcrm.bench.jmh;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.fluentcrm.client.FluentCrmClient;
import dev.fluentcrm.client.model.Contact;
import dev.fluentcrm.client.model.GetContactResponse;
import dev.fluentcrm.runtime.json.PhpJson;
import dev.fluentcrm.runtime.page.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One call over loopback HTTP: our generated client against what a person would write with
 * {@code java.net.http} and Jackson, the same request headers, in two ways: the body read into a
 * {@link JsonNode} (the least Jackson can do), and the body bound to the same generated records
 * by the same PHP-lenient mapper (the same result as ours, without our client around it). The
 * server and its bodies (real FluentCRM answers) are the same for all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClientCallBench {
    private static final String USER = "admin";
    private static final String PASSWORD = "abcd efgh ijkl mnop qrst uvwx";

    private LoopbackServer server;
    private FluentCrmClient client;
    private HttpClient http;
    private ObjectMapper mapper;
    private URI contactUri;
    private URI listUri;
    private String authorization;
    private ObjectReader contactReader;
    private ObjectReader pageReader;

    @Setup(Level.Trial)
    public void start() {
        server = new LoopbackServer(Map.of(
                LoopbackServer.API + "/subscribers/1", Fixtures.real("subscriber_single.json"),
                LoopbackServer.API + "/subscribers", Fixtures.real("subscribers_list.json")));
        client = FluentCrmClient.builder()
                .siteUrl(server.siteUrl())
                .applicationPassword(USER, PASSWORD)
                .build();
        http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        mapper = new ObjectMapper();
        contactUri = URI.create(server.siteUrl() + LoopbackServer.API + "/subscribers/1");
        listUri = URI.create(server.siteUrl() + LoopbackServer.API + "/subscribers");
        ObjectMapper php = PhpJson.newMapper();
        contactReader = php.readerFor(GetContactResponse.class);
        pageReader = php.readerFor(new TypeReference<Page<Contact>>() {}).at("/subscribers");
        authorization =
                "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.close();
    }

    @Benchmark
    public GetContactResponse sdkGetContact() {
        return client.contacts().get(1L);
    }

    @Benchmark
    public JsonNode rawGetContact() throws IOException, InterruptedException {
        return raw(contactUri);
    }

    @Benchmark
    public Page<Contact> sdkListContacts() {
        return client.contacts().list();
    }

    @Benchmark
    public JsonNode rawListContacts() throws IOException, InterruptedException {
        return raw(listUri);
    }

    @Benchmark
    public GetContactResponse rawTypedGetContact() throws IOException, InterruptedException {
        return contactReader.readValue(send(contactUri));
    }

    @Benchmark
    public Page<Contact> rawTypedListContacts() throws IOException, InterruptedException {
        return pageReader.readValue(send(listUri));
    }

    private JsonNode raw(URI uri) throws IOException, InterruptedException {
        return mapper.readTree(send(uri));
    }

    private String send(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .GET()
                .header("Accept", "application/json")
                .header("User-Agent", "fluentcrm-java")
                .header("Authorization", authorization)
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return response.body();
    }
}
