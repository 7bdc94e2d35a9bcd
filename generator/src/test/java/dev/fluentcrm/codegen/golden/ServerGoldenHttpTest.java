package dev.fluentcrm.codegen.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fluentcrm.runtime.error.BadRequestException;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RetryPolicy;
import dev.fluentcrm.runtime.page.Page;
import dev.fluentcrm.server.FluentCrmHttpServer;
import dev.fluentcrm.server.auth.ApplicationPasswords;
import dev.fluentcrm.server.route.Router;
import goldenserver.access.model.CreateSequenceRequest;
import goldenserver.access.model.CreateSequenceResponse;
import goldenserver.access.model.FormSubmission;
import goldenserver.access.model.SubmitFormResponse;
import goldenserver.access.server.FormsService;
import goldenserver.access.server.SequencesService;
import goldenserver.parameters.model.ImportNotesResponse;
import goldenserver.parameters.model.ListNotesParams;
import goldenserver.parameters.model.ListNotesSortBy;
import goldenserver.parameters.model.ListNotesType;
import goldenserver.parameters.model.Note;
import goldenserver.parameters.model.NoteImport;
import goldenserver.parameters.model.NoteInput;
import goldenserver.parameters.model.NoteType;
import goldenserver.parameters.server.NotesService;
import goldenserver.wrapped_page.model.Contact;
import goldenserver.wrapped_page.model.ListContactsParams;
import goldenserver.wrapped_page.model.ListListsParams;
import goldenserver.wrapped_page.model.MailingList;
import goldenserver.wrapped_page.server.ContactsService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The compiled golden routers served on 127.0.0.1 by the server runtime's JDK HTTP host: requests
 * bind to the service methods with typed arguments, and every refusal is the WordPress or FluentCRM
 * answer. The generated client of the same case talks to them too.
 */
class ServerGoldenHttpTest {
    private static final String USER = "admin";
    private static final String PASSWORD = "abcd efgh ijkl mnop";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What the services were called with, in order. */
    private final List<Object> calls = new CopyOnWriteArrayList<>();

    private FluentCrmHttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private RawHttp serve(Router.Builder router) {
        server = FluentCrmHttpServer.start(
                router.authenticator(ApplicationPasswords.of(USER, PASSWORD)).build());
        return new RawHttp(server.apiRoot().toString()).basic(USER, PASSWORD);
    }

    private RawHttp notesServer() {
        return serve(goldenserver.parameters.server.FluentCrmRouter.builder()
                .notes(new NotesService() {
                    @Override
                    public List<Note> list(Long id, ListNotesParams params) {
                        calls.add(id);
                        calls.add(params);
                        return List.of(Note.builder()
                                .id(1L)
                                .title("Called back")
                                .type(NoteType.CALL)
                                .build());
                    }

                    @Override
                    public Note create(Long id, NoteInput body) {
                        calls.add(id);
                        calls.add(body);
                        return Note.builder()
                                .id(2L)
                                .title(body.title())
                                .type(body.type())
                                .build();
                    }

                    @Override
                    public ImportNotesResponse importNotes(Long id, NoteImport body) {
                        calls.add(id);
                        calls.add(body);
                        return ImportNotesResponse.builder()
                                .imported((long) body.titles().size())
                                .build();
                    }
                })
                .router());
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aRequestBindsToTheServiceMethodWithTypedArguments() {
        RawHttp http = notesServer();

        RawHttp.Answer answer = http.get(
                "/subscribers/7/notes?types%5B%5D=note&types%5B%5D=call&sort_by=created_at&limit=5"
                        + "&since=2026-11-26%2010:00:00&extra=kept",
                "X-Request-Id", "req-1");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json()).isEqualTo(json("[{\"id\":1,\"title\":\"Called back\",\"type\":\"call\"}]"));
        assertThat(calls).hasSize(2).first().isEqualTo(7L);
        ListNotesParams params = (ListNotesParams) calls.get(1);
        assertThat(params.types()).containsExactly(ListNotesType.NOTE, ListNotesType.CALL);
        assertThat(params.sortBy()).isSameAs(ListNotesSortBy.CREATED_AT);
        assertThat(params.limit()).isEqualTo(5L);
        assertThat(params.since()).isEqualTo(LocalDateTime.of(2026, 11, 26, 10, 0));
        assertThat(params.xRequestId()).isEqualTo("req-1");
        assertThat(params.additionalProperties()).containsEntry("extra", "kept");
    }

    @Test
    void phpArraySpellingsAndFormBodiesBindToo() {
        RawHttp http = notesServer();

        assertThat(http.get("/subscribers/7/notes?types%5B0%5D=email&types%5B1%5D=note&sort_by=id")
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/subscribers/8/notes?types=call&sort_by=id").status())
                .isEqualTo(200);
        RawHttp.Answer imported = http.send(
                "POST",
                "/subscribers/9/notes/import",
                "application/x-www-form-urlencoded",
                "titles%5B%5D=a&titles%5B%5D=b+c&notify=yes");

        assertThat(((ListNotesParams) calls.get(1)).types()).containsExactly(ListNotesType.EMAIL, ListNotesType.NOTE);
        assertThat(((ListNotesParams) calls.get(3)).types()).containsExactly(ListNotesType.CALL);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json()).isEqualTo(json("{\"imported\":2}"));
        assertThat(calls.get(4)).isEqualTo(9L);
        NoteImport body = (NoteImport) calls.get(5);
        assertThat(body.titles()).containsExactly("a", "b c");
        assertThat(body.notify_())
                .as("notify, renamed away from Object.notify()")
                .isTrue();
    }

    @Test
    void theGeneratedClientOfTheSameSpecIsUnderstood() {
        notesServer();
        goldenserver.parameters.FluentCrmClient client = goldenserver.parameters.FluentCrmClient.builder()
                .siteUrl(server.siteUrl())
                .applicationPassword(USER, PASSWORD)
                .retryPolicy(RetryPolicy.none())
                .build();

        ApiResponse<Note> created = client.notes()
                .createWithResponse(
                        7L,
                        NoteInput.builder()
                                .title("Call back")
                                .type(NoteType.CALL)
                                .tags(List.of(1L, 2L))
                                .build());
        List<Note> listed = client.notes()
                .list(
                        7L,
                        ListNotesParams.builder()
                                .sortBy(ListNotesSortBy.ID)
                                .types(List.of(ListNotesType.EMAIL, ListNotesType.CALL))
                                .build());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.value().title()).isEqualTo("Call back");
        assertThat(((NoteInput) calls.get(1)).tags()).containsExactly(1L, 2L);
        assertThat(listed).extracting(Note::type).containsExactly(NoteType.CALL);
        assertThat(((ListNotesParams) calls.get(3)).types()).containsExactly(ListNotesType.EMAIL, ListNotesType.CALL);
        // A value the spec does not list is refused before the service runs.
        assertThatThrownBy(() -> client.notes()
                        .list(
                                7L,
                                ListNotesParams.builder()
                                        .sortBy(ListNotesSortBy.ID)
                                        .types(List.of(ListNotesType.of("fax")))
                                        .build()))
                .isInstanceOfSatisfying(
                        BadRequestException.class,
                        e -> assertThat(e.errorCode()).contains("rest_invalid_param"));
        assertThat(calls).hasSize(4);
    }

    @Test
    void aMissingRequiredParameterIs400NamingIt() {
        RawHttp http = notesServer();

        RawHttp.Answer missing = http.get("/subscribers/7/notes?limit=5");
        RawHttp.Answer invalid = http.get(
                "/subscribers/0/notes?sort_by=name&limit=500&types%5B%5D=a&types%5B%5D=b&types%5B%5D=c&types%5B%5D=d");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("code").asText()).isEqualTo("rest_missing_callback_param");
        assertThat(missing.json().get("message").asText()).isEqualTo("Missing parameter(s): sort_by");
        assertThat(missing.json().at("/data/params")).isEqualTo(json("[\"sort_by\"]"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("code").asText()).isEqualTo("rest_invalid_param");
        assertThat(invalid.json().at("/data/params").properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("id", "types[]", "sort_by", "limit");
        assertThat(invalid.json().at("/data/params/limit").asText())
                .isEqualTo("The limit must not be greater than 50.");
        assertThat(invalid.json().at("/data/params/id").asText()).isEqualTo("The id must be at least 1.");
        assertThat(calls).isEmpty();
    }

    @Test
    void aBodyFieldFailingValidationIs422WithTheFieldMap() {
        RawHttp http = notesServer();

        RawHttp.Answer broken = http.postJson(
                "/subscribers/7/notes",
                "{\"title\":\"ab\",\"type\":\"memo\",\"author_email\":\"not-an-email\",\"priority\":\"9\",\"tags\":[]}");
        RawHttp.Answer empty = http.postJson("/subscribers/7/notes", "");
        RawHttp.Answer notJson = http.postJson("/subscribers/7/notes", "{\"title\":");

        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.json())
                .isEqualTo(json("{"
                        + "\"title\":{\"min\":\"The title must be at least 3 characters.\"},"
                        + "\"type\":{\"in\":\"The selected type is invalid.\"},"
                        + "\"author_email\":{\"email\":\"The author email must be a valid email.\"},"
                        + "\"priority\":{\"max\":\"The priority must not be greater than 5.\"},"
                        + "\"tags\":{\"min\":\"The tags must have at least 1 items.\"}}"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json())
                .isEqualTo(json("{\"title\":{\"required\":\"The title field is required.\"},"
                        + "\"type\":{\"required\":\"The type field is required.\"}}"));
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("code").asText()).isEqualTo("rest_invalid_json");
        assertThat(calls).isEmpty();
    }

    @Test
    void anUnknownRouteIs404RestNoRoute() {
        RawHttp http = notesServer();

        for (RawHttp.Answer answer : List.of(
                http.get("/nothing/here"),
                http.send("PATCH", "/subscribers/7/notes", null, null),
                http.get("/subscribers/7/notes/3"),
                http.get("/subscribers/7"))) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.json().get("code").asText()).isEqualTo("rest_no_route");
            assertThat(answer.json().at("/data/status").asInt()).isEqualTo(404);
        }
    }

    @Test
    void anUnimplementedMethodIs501() {
        RawHttp notes = notesServer();

        RawHttp.Answer answer = notes.send("DELETE", "/subscribers/7/notes/3", null, null);

        assertThat(answer.status()).isEqualTo(501);
        assertThat(answer.json().get("code").asText()).isEqualTo("rest_not_implemented");
        assertThat(answer.json().get("message").asText()).contains("deleteNote");
    }

    @Test
    void aModuleWithoutAServiceAnswers501AfterValidation() {
        RawHttp http =
                serve(goldenserver.access.server.FluentCrmRouter.builder().router());

        assertThat(http.postJson("/sequences", "{}").status()).isEqualTo(422);
        assertThat(http.postJson("/sequences", "{\"title\":\"Welcome\"}").status())
                .isEqualTo(501);
        assertThat(http.send("DELETE", "/sequences/4", null, null)
                        .json()
                        .get("message")
                        .asText())
                .contains("deleteSequence");
    }

    @Test
    void proOperationsNeedCredentialsAndPublicOnesDoNot() {
        RawHttp http = serve(goldenserver.access.server.FluentCrmRouter.builder()
                .sequences(new SequencesService() {
                    @Override
                    public CreateSequenceResponse create(CreateSequenceRequest body) {
                        calls.add(body);
                        return CreateSequenceResponse.builder()
                                .id(3L)
                                .message("Created")
                                .build();
                    }
                })
                .forms(new FormsService() {
                    @Override
                    public SubmitFormResponse submit(Long id, FormSubmission body) {
                        calls.add(id);
                        calls.add(body);
                        return SubmitFormResponse.builder().message("Thanks").build();
                    }

                    @Override
                    public void formsHealth() {
                        calls.add("health");
                    }
                })
                .router());
        RawHttp anonymous = new RawHttp(server.apiRoot().toString());

        RawHttp.Answer refused = anonymous.postJson("/sequences", "{\"title\":\"Welcome\"}");
        RawHttp.Answer wrongPassword = new RawHttp(server.apiRoot().toString())
                .basic(USER, "nope")
                .postJson("/sequences", "{\"title\":\"x\"}");
        RawHttp.Answer created = http.postJson("/sequences", "{\"title\":\"Welcome\"}");
        String multipart = "--XyZ\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nada@example.com\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"list.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + "id,email\n1,ada@example.com\n\r\n--XyZ--\r\n";
        RawHttp.Answer submitted =
                anonymous.send("POST", "/forms/5/submit", "multipart/form-data; boundary=XyZ", multipart);
        RawHttp.Answer health = anonymous.get("/forms/health");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("code").asText()).isEqualTo("rest_forbidden");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.json().get("code").asText()).isEqualTo("incorrect_password");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).isEqualTo(json("{\"message\":\"Created\",\"id\":3}"));
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json()).isEqualTo(json("{\"message\":\"Thanks\"}"));
        assertThat(health.status()).isEqualTo(204);
        assertThat(health.body()).isEmpty();
        assertThat(((CreateSequenceRequest) calls.get(0)).title()).isEqualTo("Welcome");
        assertThat(calls.get(1)).isEqualTo(5L);
        FormSubmission form = (FormSubmission) calls.get(2);
        assertThat(form.email()).isEqualTo("ada@example.com");
        assertThat(form.attachment().fileName()).isEqualTo("list.csv");
        assertThat(form.attachment().contentType()).isEqualTo("text/csv");
        assertThat(new String(form.attachment().content(), StandardCharsets.UTF_8))
                .isEqualTo("id,email\n1,ada@example.com\n");
        assertThat(calls.get(3)).isEqualTo("health");
    }

    @Test
    void pagesAreSentWhereTheSpecPutsThemAndReadBackByTheClient() {
        serve(goldenserver.wrapped_page.server.FluentCrmRouter.builder()
                .contacts(new ContactsService() {
                    @Override
                    public Page<Contact> list(ListContactsParams params) {
                        calls.add(params);
                        return Page.of(
                                List.of(Contact.builder()
                                        .id(1L)
                                        .email("ada@example.com")
                                        .build()),
                                3,
                                1,
                                params.page().intValue(),
                                3);
                    }

                    @Override
                    public Page<MailingList> listLists(ListListsParams params) {
                        return Page.of(List.of(), 0, 15, 1, 1);
                    }
                })
                .router());
        RawHttp http = new RawHttp(server.apiRoot().toString()).basic(USER, PASSWORD);
        goldenserver.wrapped_page.FluentCrmClient client = goldenserver.wrapped_page.FluentCrmClient.builder()
                .siteUrl(server.siteUrl())
                .applicationPassword(USER, PASSWORD)
                .retryPolicy(RetryPolicy.none())
                .build();

        RawHttp.Answer raw = http.get("/subscribers?page=2&per_page=1");
        Page<Contact> page = client.contacts()
                .list(ListContactsParams.builder().page(2L).perPage(1L).build());

        assertThat(raw.json())
                .isEqualTo(
                        json("{\"subscribers\":{\"current_page\":2,\"data\":[{\"id\":1,\"email\":\"ada@example.com\"}],"
                                + "\"per_page\":1,\"last_page\":3,\"total\":3,\"from\":2,\"to\":2}}"));
        assertThat(page.items()).extracting(Contact::email).containsExactly("ada@example.com");
        assertThat(page.currentPage()).isEqualTo(2);
        assertThat(page.total()).isEqualTo(3);
        assertThat(http.get("/lists").json().get("data")).isEqualTo(json("[]"));
        assertThat(client.contacts().listLists().items()).isEmpty();
        assertThat(http.get("/subscribers?per_page=101").status()).isEqualTo(400);
    }
}
