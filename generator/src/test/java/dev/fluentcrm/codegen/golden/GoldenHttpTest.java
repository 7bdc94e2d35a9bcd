package dev.fluentcrm.codegen.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluentcrm.runtime.error.BadRequestException;
import dev.fluentcrm.runtime.error.NotFoundException;
import dev.fluentcrm.runtime.error.ValidationException;
import dev.fluentcrm.runtime.http.RetryPolicy;
import dev.fluentcrm.runtime.page.Page;
import golden.error_responses.model.CreateTagRequest;
import golden.parameters.model.CreateListItemRequest;
import golden.parameters.model.GetListItemParams;
import golden.parameters.model.GetListItemStatus;
import golden.parameters.model.Item;
import golden.parameters.model.UpdateListItemForceUpdate;
import golden.parameters.model.UpdateListItemParams;
import golden.php_types.model.SubscriberUpdate;
import golden.wrapped_page.model.Contact;
import golden.wrapped_page.model.ListContactsParams;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The compiled golden module classes, called over real HTTP against a server on 127.0.0.1. */
class GoldenHttpTest {
    private LocalServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private golden.parameters.FluentCrmClient parameters() {
        return golden.parameters.FluentCrmClient.builder()
                .apiRoot(server.apiRoot())
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    @Test
    void pathQueryAndHeaderParametersAreSentAsPhpReadsThem() {
        server.answer(200, "{\"id\": \"9\", \"title\": \"Nine\"}");

        Item item = parameters()
                .lists()
                .getItem(
                        5L,
                        9L,
                        GetListItemParams.builder()
                                .tags(List.of(1L, 2L))
                                .statuses(List.of(GetListItemStatus.SUBSCRIBED, GetListItemStatus.of("brand-new")))
                                .queryStatus("a b&c")
                                .includeDeleted(true)
                                .since(LocalDateTime.of(2026, 11, 26, 10, 0))
                                .xWpNonce("n0nce")
                                .additionalProperty("with[]", List.of("stats", "notes"))
                                .build());

        assertThat(item.id()).isEqualTo(9L);
        assertThat(item.title()).isEqualTo("Nine");
        LocalServer.Recorded request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.rawPath()).isEqualTo("/wp-json/fluent-crm/v2/lists/5/items/9");
        assertThat(request.rawQuery()).startsWith("tags%5B%5D=1&tags%5B%5D=2&");
        assertThat(request.query()).startsWith("tags[]=1&tags[]=2&");
        assertThat(request.queryPairs())
                .containsExactly(
                        "tags[]=1",
                        "tags[]=2",
                        "statuses[]=subscribed",
                        "statuses[]=brand-new",
                        "query[status]=a b&c",
                        "include_deleted=true",
                        "since=2026-11-26 10:00:00",
                        "with[]=stats",
                        "with[]=notes");
        assertThat(request.nonce()).isEqualTo("n0nce");
        assertThat(request.body()).isEmpty();
    }

    @Test
    void unsetOptionalParametersAreLeftOut() {
        server.answer(200, "{\"id\": 9}");

        parameters().lists().getItem(5L, 9L);

        assertThat(server.onlyRequest().rawQuery()).isNull();
        assertThat(server.onlyRequest().nonce()).isNull();
    }

    @Test
    void aBodyIsSentAsJsonWithoutNullsAndRequiredQueryParametersGoAlong() {
        server.answer(200, "{\"id\": 9, \"title\": \"New\"}");

        parameters()
                .lists()
                .updateItem(
                        5L,
                        9L,
                        Item.builder().title("New").build(),
                        UpdateListItemParams.builder()
                                .forceUpdate(UpdateListItemForceUpdate.YES)
                                .build());

        LocalServer.Recorded request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.rawPath()).isEqualTo("/wp-json/fluent-crm/v2/lists/5/items/9");
        assertThat(request.query()).isEqualTo("__force_update=yes");
        assertThat(request.contentType()).startsWith("application/json");
        assertThat(request.body()).isEqualTo("{\"title\":\"New\"}");
    }

    @Test
    void phpArrayPropertiesKeepTheirNameInTheBody() {
        server.answer(200, "{\"id\": 10}");

        parameters()
                .lists()
                .createItem(
                        5L,
                        CreateListItemRequest.builder()
                                .title("T")
                                .tags(List.of(3L, 4L))
                                .build());

        assertThat(server.onlyRequest().body()).isEqualTo("{\"title\":\"T\",\"tags[]\":[3,4]}");
    }

    @Test
    void aStringPathParameterIsEncodedAsOneSegment() {
        server.answer(200, "{}");

        parameters().lists().delete("a b/c");

        assertThat(server.onlyRequest().method()).isEqualTo("DELETE");
        assertThat(server.onlyRequest().rawPath()).isEqualTo("/wp-json/fluent-crm/v2/lists/a%20b%2Fc");
    }

    @Test
    void phpFlagsAreWrittenAsTheStringsTheServerStores() {
        server.answer(200, "{\"id\": 3, \"is_verified\": \"no\", \"email_opt_in\": \"0\"}");
        var client = golden.php_types.FluentCrmClient.builder()
                .apiRoot(server.apiRoot())
                .build();

        var saved = client.subscribers()
                .update(
                        3L,
                        SubscriberUpdate.builder()
                                .isVerified(true)
                                .emailOptIn(false)
                                .isAdmin(true)
                                .userId(12L)
                                .createdAt(LocalDateTime.of(2026, 11, 26, 10, 0, 5))
                                .build());

        assertThat(server.onlyRequest().body())
                .isEqualTo(
                        "{\"is_verified\":\"yes\",\"email_opt_in\":\"0\",\"is_admin\":true,\"user_id\":12,\"created_at\":\"2026-11-26 10:00:05\"}");
        assertThat(saved.isVerified()).isFalse();
        assertThat(saved.emailOptIn()).isFalse();
    }

    @Test
    void aWrappedPageIsUnwrappedAndAutoPagingRepeatsTheCallWithTheNextPageNumber() {
        server.answer(
                        200,
                        page(
                                1,
                                "[{\"id\": 1, \"email\": \"a@example.com\"}, {\"id\": \"2\", \"email\": \"b@example.com\"}]"))
                .answer(200, page(2, "[{\"id\": 3, \"email\": \"c@example.com\"}]"));
        var client = golden.wrapped_page.FluentCrmClient.builder()
                .apiRoot(server.apiRoot())
                .build();

        Page<Contact> first = client.contacts()
                .list(ListContactsParams.builder().perPage(2L).search("example").build());
        List<Long> ids = StreamSupport.stream(first.autoPaging().spliterator(), false)
                .map(Contact::id)
                .toList();

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(Contact::email).containsExactly("a@example.com", "b@example.com");
        assertThat(ids).containsExactly(1L, 2L, 3L);
        assertThat(server.requests())
                .extracting(LocalServer.Recorded::query)
                .containsExactly("per_page=2&search=example", "page=2&per_page=2&search=example");
    }

    private static String page(int number, String data) {
        return "{\"subscribers\": {\"total\": 3, \"per_page\": \"2\", \"current_page\": " + number
                + ", \"last_page\": 2, \"data\": " + data + "}, \"custom\": null}";
    }

    @Test
    void eachDeclaredErrorShapeBecomesItsException() {
        server.answer(422, "{\"title\": {\"required\": \"The title field is required.\"}}")
                .answer(404, "{\"message\": \"Tag not found\"}")
                .answer(
                        400,
                        "{\"code\": \"rest_invalid_json\", \"message\": \"Invalid JSON body passed.\", \"data\": {\"status\": 400}}");
        var tags = golden.error_responses.FluentCrmClient.builder()
                .apiRoot(server.apiRoot())
                .retryPolicy(RetryPolicy.none())
                .build()
                .tags();
        CreateTagRequest body = CreateTagRequest.builder().title("").build();

        assertThatThrownBy(() -> tags.create(body))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("title", Map.of("required", "The title field is required.")));
        assertThatThrownBy(() -> tags.delete(7L))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.serverMessage()).contains("Tag not found"));
        assertThatThrownBy(() -> tags.ping())
                .isInstanceOfSatisfying(
                        BadRequestException.class,
                        e -> assertThat(e.errorCode()).contains("rest_invalid_json"));
    }

    @Test
    void aMissingRequiredBodyIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> parameters().lists().createItem(5L, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("createListItem needs a request body");
        assertThat(server.requests()).isEmpty();
    }
}
