package dev.fluentcrm.codegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fluentcrm.runtime.page.Page;
import dev.fluentcrm.server.auth.Authenticator;
import dev.fluentcrm.server.http.ServerRequest;
import dev.fluentcrm.server.http.ServerResponse;
import dev.fluentcrm.server.route.Param;
import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.route.Router;
import dev.fluentcrm.server.validate.Schema;
import dev.fluentcrm.server.validate.SchemaRegistry;
import dev.fluentcrm.server.validate.Validator;
import goldenserver.samples.fixtures.CampaignsFixtures;
import goldenserver.samples.fixtures.Fixtures;
import goldenserver.samples.model.Campaign;
import goldenserver.samples.model.CampaignStatus;
import goldenserver.samples.model.Subject;
import goldenserver.wrapped_page.fixtures.ContactsFixtures;
import goldenserver.wrapped_page.model.Contact;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compiled golden fixtures, read from the test classpath: samples come from the spec's
 * examples or are synthesised within its constraints, and what they describe is what the golden
 * server of the same spec accepts.
 */
class ServerGoldenFixturesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A case's compiled router and request fixtures. */
    private record Compiled(
            Supplier<Router.Builder> router, Supplier<SchemaRegistry> schemas, Function<String, String> requestJson) {}

    private static final Map<String, Compiled> CASES = Map.of(
            "access",
                    new Compiled(
                            () -> goldenserver.access.server.FluentCrmRouter.builder()
                                    .router(),
                            goldenserver.access.server.FluentCrmRouter::schemas,
                            goldenserver.access.fixtures.Fixtures::requestJson),
            "parameters",
                    new Compiled(
                            () -> goldenserver.parameters.server.FluentCrmRouter.builder()
                                    .router(),
                            goldenserver.parameters.server.FluentCrmRouter::schemas,
                            goldenserver.parameters.fixtures.Fixtures::requestJson),
            "samples",
                    new Compiled(
                            () -> goldenserver.samples.server.FluentCrmRouter.builder()
                                    .router(),
                            goldenserver.samples.server.FluentCrmRouter::schemas,
                            goldenserver.samples.fixtures.Fixtures::requestJson),
            "wrapped_page",
                    new Compiled(
                            () -> goldenserver.wrapped_page.server.FluentCrmRouter.builder()
                                    .router(),
                            goldenserver.wrapped_page.server.FluentCrmRouter::schemas,
                            goldenserver.wrapped_page.fixtures.Fixtures::requestJson));

    static List<String> cases() {
        return ServerGoldenCases.names();
    }

    @Test
    void everyCaseIsCompiledHere() {
        assertThat(CASES.keySet()).containsExactlyInAnyOrderElementsOf(cases());
    }

    @Test
    void aModelSampleIsItsExampleOrSynthesisedWithinTheConstraints() {
        Campaign campaign = Fixtures.sample(Campaign.class);
        Subject subject = Fixtures.sample(Subject.class);

        assertThat(campaign.settings().sender()).as("the record's own example").isEqualTo("Ada Lovelace");
        assertThat(campaign.settings().replyTo()).isEqualTo("ada@example.com");
        assertThat(campaign.title()).isEqualTo("Sample title");
        assertThat(campaign.status()).isSameAs(CampaignStatus.DRAFT);
        assertThat(campaign.stats()).containsOnlyKeys("key");
        assertThat(subject.key()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(subject.value()).hasSizeLessThanOrEqualTo(4);
        assertThat(subject.weight()).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(subject.isActive()).isTrue();
        assertThat(subject.url()).isEqualTo("https://example.com/");
        assertThat(subject.nested()).isNotEmpty();
        assertThat(Fixtures.sample(Subject.class).toBuilder()
                        .key("changed")
                        .build()
                        .key())
                .isEqualTo("changed");
    }

    @Test
    void anAnswerIsTheOperationsExampleElseSynthesised() {
        Campaign campaign = CampaignsFixtures.get();
        Page<Contact> contacts = ContactsFixtures.list();

        assertThat(campaign.id()).isEqualTo(42L);
        assertThat(campaign.title()).isEqualTo("Spring sale");
        assertThat(campaign.status()).isSameAs(CampaignStatus.SENT);
        assertThat(campaign.settings().sender()).isEqualTo("Ada");
        assertThat(campaign.stats()).as("PHP's [] for an empty object").isEmpty();
        assertThat(CampaignsFixtures.updateSubjects()).hasSize(1);
        assertThat(contacts.items()).extracting(Contact::email).containsExactly("ada@example.com");
        assertThat(contacts.total()).isEqualTo(1);
        assertThat(ContactsFixtures.listLists().items()).hasSize(1);
        assertThat(goldenserver.access.fixtures.FormsFixtures.submit().message())
                .isEqualTo("Thank you for subscribing.");
        assertThat(Fixtures.responseJson("getCampaign")).contains("\"Spring sale\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyRequestFixtureIsAcceptedByTheServerOfTheSameSpec(String name) throws IOException {
        Compiled compiled = CASES.get(name);
        Router router = compiled.router()
                .get()
                .authenticator(Authenticator.anyone())
                .interceptor((call, proceed) -> ServerResponse.json(200, "{\"accepted\":true}"))
                .build();
        assertThat(router.routes()).isNotEmpty();
        for (Route route : router.routes()) {
            JsonNode fixture = MAPPER.readTree(compiled.requestJson().apply(route.operationId()));
            ServerResponse response = router.handle(request(route, fixture));
            assertThat(response.status())
                    .as(route + " answered " + response.bodyText())
                    .isEqualTo(200);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyModelSampleTheServerValidatesIsValid(String name) throws IOException {
        SchemaRegistry schemas = CASES.get(name).schemas().get();
        Validator validator = new Validator(schemas);
        Path models = ServerGoldenCases.expectedFolder(name).resolve("fixtures/models");
        List<Path> files;
        try (Stream<Path> list = Files.list(models)) {
            files = list.sorted().toList();
        }
        int checked = 0;
        for (Path file : files) {
            String model = file.getFileName().toString().replace(".json", "");
            if (!hasSchema(schemas, model)) {
                continue;
            }
            assertThat(validator.validate(MAPPER.readTree(file.toFile()), Schema.ref(model), ""))
                    .as(file.getFileName().toString())
                    .isEmpty();
            checked++;
        }
        assertThat(checked).as("models with a request schema in " + name).isEqualTo(expectedChecked(name));
    }

    private static int expectedChecked(String name) {
        return switch (name) {
            case "access" -> 2;
            case "parameters" -> 2;
            case "samples" -> 1;
            default -> 0;
        };
    }

    private static boolean hasSchema(SchemaRegistry schemas, String name) {
        try {
            schemas.get(name);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** The fixture {@code {"path": .., "query": .., "body": ..}} as the request a client would send. */
    private static ServerRequest request(Route route, JsonNode fixture) {
        String path = route.path().template();
        for (Map.Entry<String, JsonNode> value : fixture.path("path").properties()) {
            path = path.replace(
                    "{" + value.getKey() + "}", encode(value.getValue().asText()));
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        List<String> query = new ArrayList<>();
        for (Map.Entry<String, JsonNode> value : fixture.path("query").properties()) {
            boolean header = route.params().stream()
                    .anyMatch(p -> p.in() == Param.In.HEADER && p.name().equals(value.getKey()));
            if (header) {
                headers.put(value.getKey(), List.of(value.getValue().asText()));
            } else {
                pairs(value.getKey(), value.getValue(), query);
            }
        }
        byte[] body = null;
        if (fixture.has("body")) {
            switch (route.bodyEncoding()) {
                case JSON -> {
                    headers.put("Content-Type", List.of("application/json"));
                    body = fixture.get("body").toString().getBytes(StandardCharsets.UTF_8);
                }
                case FORM -> {
                    headers.put("Content-Type", List.of("application/x-www-form-urlencoded"));
                    List<String> fields = new ArrayList<>();
                    fixture.get("body")
                            .properties()
                            .forEach(e -> pairs(
                                    e.getValue().isArray() ? e.getKey() + "[]" : e.getKey(), e.getValue(), fields));
                    body = String.join("&", fields).getBytes(StandardCharsets.UTF_8);
                }
                case MULTIPART -> {
                    headers.put("Content-Type", List.of("multipart/form-data; boundary=b0undary"));
                    StringBuilder parts = new StringBuilder();
                    fixture.get("body")
                            .properties()
                            .forEach(e -> parts.append("--b0undary\r\nContent-Disposition: form-data; name=\"")
                                    .append(e.getKey())
                                    .append("\"\r\n\r\n")
                                    .append(e.getValue().asText())
                                    .append("\r\n"));
                    body = parts.append("--b0undary--\r\n").toString().getBytes(StandardCharsets.UTF_8);
                }
                default -> throw new IllegalStateException();
            }
        }
        return new ServerRequest(route.method(), Router.API_PREFIX + path, String.join("&", query), headers, body);
    }

    private static void pairs(String name, JsonNode value, List<String> into) {
        if (value.isArray()) {
            value.forEach(item -> into.add(encode(name) + "=" + encode(item.asText())));
        } else {
            into.add(encode(name) + "=" + encode(value.asText()));
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
