package dev.fluentcrm.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fluentcrm.client.FluentCrmClient;
import dev.fluentcrm.client.model.Contact;
import dev.fluentcrm.client.model.ContactStatus;
import dev.fluentcrm.client.model.CreateContactRequest;
import dev.fluentcrm.client.model.GetContactParams;
import dev.fluentcrm.client.model.GetContactResponse;
import dev.fluentcrm.client.model.ListContactsParams;
import dev.fluentcrm.client.model.ListContactsSortType;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.page.Page;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the generated client puts on the wire: PHP array query parameters, encoded path values,
 * JSON bodies with the server's snake_case keys and no nulls, Basic authentication; and what
 * {@code *WithResponse} gives back besides the value.
 */
class RequestEncodingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScriptedServer server;
    private FluentCrmClient client;

    @BeforeEach
    void start() {
        server = ScriptedServer.start()
                .on(
                        "GET",
                        "/subscribers",
                        RealResponses.capture("subscribers_list").reply())
                .on(
                        "GET",
                        "/subscribers/1",
                        RealResponses.capture("subscriber_single").reply().withHeader("X-WP-Total", "1"))
                .on(
                        "POST",
                        "/subscribers",
                        RealResponses.capture("write_subscriber_create").reply());
        client = TestClients.client(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void arrayFiltersRepeatTheirBracketedName() {
        client.contacts()
                .list(ListContactsParams.builder()
                        .tags(List.of(1L, 2L))
                        .statuses(List.of(ContactStatus.SUBSCRIBED, ContactStatus.PENDING))
                        .sortType(ListContactsSortType.DESC)
                        .build());

        ScriptedServer.Recorded request = server.onlyRequest();
        assertThat(request.decodedQuery())
                .contains("tags[]=1&tags[]=2")
                .contains("statuses[]=subscribed&statuses[]=pending");
        assertThat(request.rawQuery()).contains("tags%5B%5D=1&tags%5B%5D=2");
        assertThat(request.query("tags[]")).containsExactly("1", "2");
        assertThat(request.query("statuses[]")).containsExactly("subscribed", "pending");
        assertThat(request.queryValue("sort_type")).isEqualTo("DESC");
    }

    @Test
    void unsetParametersAreLeftOut() {
        client.contacts().list();

        assertThat(server.onlyRequest().rawQuery()).isNull();
    }

    @Test
    void queryTextIsEncoded() {
        client.contacts()
                .list(ListContactsParams.builder()
                        .search("ada & grace+co/ü")
                        .additionalProperty("custom_sort", "x=y")
                        .build());

        ScriptedServer.Recorded request = server.onlyRequest();
        assertThat(request.queryValue("search")).isEqualTo("ada & grace+co/ü");
        assertThat(request.queryValue("custom_sort")).as("an extra parameter").isEqualTo("x=y");
        assertThat(request.rawQuery()).doesNotContain(" ").doesNotContain("ü").contains("%26");
    }

    @Test
    void pathValuesAreEncoded() {
        client.contacts().get(1L);
        server.on("GET", "/dynamic-segments/custom segment/ü?#/subscribers/8", ScriptedServer.Reply.json(200, "false"));
        client.dynamicSegments().listContacts("custom segment/ü?#", 8L);

        assertThat(server.requests())
                .extracting(ScriptedServer.Recorded::rawPath)
                .containsExactly(
                        ScriptedServer.API + "/subscribers/1",
                        ScriptedServer.API + "/dynamic-segments/custom%20segment%2F%C3%BC%3F%23/subscribers/8");
        assertThat(server.requests().get(1).rawQuery()).isNull();
    }

    @Test
    void aBodyIsSnakeCaseJsonWithoutNulls() throws Exception {
        client.contacts()
                .create(CreateContactRequest.builder()
                        .email("ada@example.com")
                        .firstName("Ada")
                        .addressLine1("1 Main Street")
                        .status(ContactStatus.SUBSCRIBED)
                        .dateOfBirth(LocalDate.of(1815, 12, 10))
                        .tags(List.of(1L, 2L))
                        .build());

        ScriptedServer.Recorded request = server.onlyRequest();
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.body()).doesNotContain("null");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.isObject()).isTrue();
        assertThat(body.properties())
                .extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("email", "first_name", "address_line_1", "status", "date_of_birth", "tags");
        assertThat(body.get("first_name").asText()).isEqualTo("Ada");
        assertThat(body.get("address_line_1").asText()).isEqualTo("1 Main Street");
        assertThat(body.get("status").asText()).isEqualTo("subscribed");
        assertThat(body.get("date_of_birth").asText()).isEqualTo("1815-12-10");
        assertThat(body.get("tags").toString()).isEqualTo("[1,2]");
    }

    @Test
    void aGetSendsNoBody() {
        client.contacts().get(1L);

        ScriptedServer.Recorded request = server.onlyRequest();
        assertThat(request.body()).isEmpty();
        assertThat(request.header("Content-Type")).isNull();
    }

    @Test
    void everyCallIsAuthenticatedWithBasic() {
        client.contacts().get(1L);
        client.contacts()
                .create(CreateContactRequest.builder()
                        .email("ada@example.com")
                        .status(ContactStatus.SUBSCRIBED)
                        .build());

        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (TestClients.USER + ":" + TestClients.PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(server.requests()).hasSize(2).allSatisfy(request -> {
            assertThat(request.header("Authorization")).isEqualTo(basic);
            assertThat(request.header("Accept")).isEqualTo("application/json");
        });
    }

    @Test
    void withResponseExposesStatusHeadersAndTheRawBody() {
        ApiResponse<GetContactResponse> response =
                client.contacts().getWithResponse(1L, GetContactParams.builder().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=UTF-8");
        assertThat(response.headers().firstValue("X-WP-Total")).contains("1");
        assertThat(response.rawBody()).isEqualTo(RealResponses.body("subscriber_single"));
        assertThat(response.value().subscriber().email()).isEqualTo("ada@example.com");
    }

    @Test
    void withResponseOfAPageKeepsTheWholeEnvelope() {
        ApiResponse<Page<Contact>> response =
                client.contacts().listWithResponse(ListContactsParams.builder().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.rawBody())
                .isEqualTo(RealResponses.body("subscribers_list"))
                .startsWith("{\"subscribers\":");
        assertThat(response.value().total()).isEqualTo(5);
    }
}
