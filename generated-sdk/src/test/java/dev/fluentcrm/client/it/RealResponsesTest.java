package dev.fluentcrm.client.it;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fluentcrm.client.FluentCrmClient;
import dev.fluentcrm.client.model.Contact;
import dev.fluentcrm.client.model.ContactStatus;
import dev.fluentcrm.client.model.CreateContactRequest;
import dev.fluentcrm.client.model.CreateContactResponse;
import dev.fluentcrm.client.model.CreateContactResponseActionType;
import dev.fluentcrm.client.model.CreateTagRequest;
import dev.fluentcrm.client.model.CreateTagResponse;
import dev.fluentcrm.client.model.DynamicSegment;
import dev.fluentcrm.client.model.ExperimentalSettings;
import dev.fluentcrm.client.model.GetContactResponse;
import dev.fluentcrm.client.model.ListListsResponse;
import dev.fluentcrm.client.model.ListWpUsersResponse;
import dev.fluentcrm.client.model.MailingList;
import dev.fluentcrm.client.model.Sequence;
import dev.fluentcrm.client.model.SequenceSubscriber;
import dev.fluentcrm.client.model.SequenceSubscriberType;
import dev.fluentcrm.client.model.SequenceType;
import dev.fluentcrm.client.model.SubscriberPivotObjectType;
import dev.fluentcrm.client.model.Tag;
import dev.fluentcrm.client.model.WpUser;
import dev.fluentcrm.runtime.error.BadRequestException;
import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.error.ForbiddenException;
import dev.fluentcrm.runtime.error.NotFoundException;
import dev.fluentcrm.runtime.error.UnauthorizedException;
import dev.fluentcrm.runtime.error.ValidationException;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.page.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every answer captured from a real FluentCRM, served verbatim (status, content type, body) at its
 * path by a local HTTP server, and read through the generated client: each decodes into the
 * right type with the right values, or raises the right exception.
 */
class RealResponsesTest {
    private static final LocalDateTime SEEDED = LocalDateTime.of(2026, 11, 26, 21, 4, 3);

    /** What to call for each capture, and what it must give. */
    private static final Map<String, Check> CHECKS = Map.ofEntries(
            entry("subscribers_list", RealResponsesTest::subscribersList),
            entry("subscriber_single", RealResponsesTest::subscriberSingle),
            entry("tags_list", RealResponsesTest::tagsList),
            entry("lists_list", RealResponsesTest::listsList),
            entry("list_single", RealResponsesTest::listSingle),
            entry("settings_experiments", RealResponsesTest::settingsExperiments),
            entry("users_list", RealResponsesTest::usersList),
            entry("write_tag_create", RealResponsesTest::writeTagCreate),
            entry("write_subscriber_create", RealResponsesTest::writeSubscriberCreate),
            entry("err_no_auth", RealResponsesTest::errNoAuth),
            entry("err_forbidden_low_role", RealResponsesTest::errForbiddenLowRole),
            entry("err_missing_contact", RealResponsesTest::errMissingContact),
            entry("err_missing_campaign", RealResponsesTest::errMissingCampaign),
            entry("err_invalid_email", RealResponsesTest::errInvalidEmail),
            entry("err_malformed_json", RealResponsesTest::errMalformedJson),
            entry("err_unknown_route", RealResponsesTest::errUnknownRoute),
            entry("sequences_list", RealResponsesTest::sequencesList),
            entry("dynamic_segments_list", RealResponsesTest::dynamicSegmentsList),
            entry("sequence_subscribers", RealResponsesTest::sequenceSubscribers),
            entry("err_seg_missing", RealResponsesTest::errSegMissing));

    private static final Set<String> COVERED = ConcurrentHashMap.newKeySet();

    private ScriptedServer server;
    private FluentCrmClient client;

    @FunctionalInterface
    interface Check {
        void run(FluentCrmClient client);
    }

    static List<RealResponses.Capture> captures() {
        return RealResponses.index();
    }

    @BeforeEach
    void start() {
        server = ScriptedServer.start();
        client = TestClients.client(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void decodesTheCapturedAnswer(RealResponses.Capture capture) {
        server.on(capture.method(), capture.path(), capture.reply());
        Check check = CHECKS.get(capture.name());
        assertThat(check)
                .as("no check for the capture %s: add one to CHECKS", capture.name())
                .isNotNull();

        check.run(client);

        ScriptedServer.Recorded request = server.onlyRequest();
        assertThat(request.method() + " " + request.apiPath())
                .as("the client method called for %s must hit the captured route", capture.name())
                .isEqualTo(capture.method() + " " + capture.path());
        COVERED.add(capture.name());
    }

    @AfterAll
    static void everyCaptureWasCovered() {
        Set<String> indexed =
                captures().stream().map(RealResponses.Capture::name).collect(Collectors.toSet());
        assertThat(indexed).as("rows of _index.tsv").hasSize(20);
        assertThat(COVERED).as("captures decoded through the client").containsExactlyInAnyOrderElementsOf(indexed);
        assertThat(CHECKS.keySet()).as("checks without a capture").containsExactlyInAnyOrderElementsOf(indexed);
    }

    // --- successes -------------------------------------------------------------------------

    private static void subscribersList(FluentCrmClient client) {
        Page<Contact> page = client.contacts().list();

        assertThat(page.total()).isEqualTo(5);
        assertThat(page.perPage()).isEqualTo(15);
        assertThat(page.currentPage()).isEqualTo(1);
        assertThat(page.lastPage()).isEqualTo(1);
        assertThat(page.hasNextPage()).isFalse();
        assertThat(page.items()).extracting(Contact::email).containsExactlyElementsOf(ContactPages.EMAILS);
        assertThat(page.items())
                .extracting(Contact::status)
                .containsExactly(
                        ContactStatus.SUBSCRIBED,
                        ContactStatus.UNSUBSCRIBED,
                        ContactStatus.PENDING,
                        ContactStatus.SUBSCRIBED,
                        ContactStatus.SUBSCRIBED);

        Contact margaret = page.items().get(0);
        assertThat(margaret.id()).isEqualTo(5L);
        assertThat(margaret.fullName()).isEqualTo("Margaret Hamilton");
        assertThat(margaret.totalPoints()).as("\"0\" read as a number").isEqualTo(0L);
        assertThat(margaret.lifeTimeValue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(margaret.userId()).isNull();
        assertThat(margaret.dateOfBirth()).isEqualTo(LocalDate.of(1990, 1, 15));
        assertThat(margaret.createdAt()).isEqualTo(LocalDateTime.of(2026, 11, 26, 21, 4, 5));
        assertThat(margaret.lastActivity()).isNull();
        assertThat(margaret.photo())
                .isEqualTo("https://crm.example.com/wp-content/plugins/fluent-crm/assets/images/avatar.png");
        assertThat(margaret.tags()).extracting(Tag::title).containsExactly("Lead", "VIP");
        assertThat(margaret.tags().get(0).pivot().subscriberId())
                .as("pivot \"5\"")
                .isEqualTo(5L);
        assertThat(margaret.tags().get(0).pivot().objectType())
                .isEqualTo(SubscriberPivotObjectType.FLUENT_CRM_APP_MODELS_TAG);
        assertThat(margaret.lists()).extracting(MailingList::title).containsExactly("Product Updates");
        assertThat(margaret.lists().get(0).isPublic()).as("is_public \"0\"").isFalse();
        assertThat(margaret.company()).isNull();
        assertThat(margaret.companies()).isEmpty();

        Contact ada = page.items().get(4);
        assertThat(ada.companyId()).as("company_id \"1\"").isEqualTo(1L);
        assertThat(ada.company().name()).isEqualTo("Acme Analytical Engines Ltd");
        assertThat(ada.companies()).extracting(c -> c.name()).containsExactly("Acme Analytical Engines Ltd");
    }

    private static void subscriberSingle(FluentCrmClient client) {
        GetContactResponse answer = client.contacts().get(1L);

        Contact ada = answer.subscriber();
        assertThat(ada.id()).isEqualTo(1L);
        assertThat(ada.email()).isEqualTo("ada@example.com");
        assertThat(ada.fullName()).isEqualTo("Ada Lovelace");
        assertThat(ada.status()).isEqualTo(ContactStatus.SUBSCRIBED);
        assertThat(ada.status().isKnown()).isTrue();
        assertThat(ada.contactType().value()).isEqualTo("lead");
        assertThat(ada.companyId()).isEqualTo(1L);
        assertThat(ada.createdAt()).isEqualTo(SEEDED);
        assertThat(ada.updatedAt()).isEqualTo(LocalDateTime.of(2026, 11, 26, 21, 4, 5));
        assertThat(ada.tags()).extracting(Tag::id).containsExactly(2L, 1L);
        assertThat(ada.lists()).extracting(MailingList::slug).containsExactly("weekly-newsletter");
        assertThat(ada.companies()).hasSize(1);
        assertThat(ada.companies().get(0).employeesNumber()).isEqualTo(0L);
        assertThat(ada.companies().get(0).website()).isEqualTo("https://acme.example.com");
        assertThat(ada.companies().get(0).pivot().objectType())
                .isEqualTo(SubscriberPivotObjectType.FLUENT_CRM_APP_MODELS_COMPANY);
        assertThat(answer.additionalProperties())
                .as("the unlisted __bench is kept")
                .containsKey("__bench");
        assertThat(answer.additionalProperties().get("__bench")).isInstanceOf(Number.class);
    }

    private static void tagsList(FluentCrmClient client) {
        Page<Tag> page = client.tags().list();

        assertThat(page.total()).isEqualTo(4);
        assertThat(page.lastPage()).isEqualTo(1);
        assertThat(page.items()).extracting(Tag::id).containsExactly(4L, 3L, 2L, 1L);
        assertThat(page.items()).extracting(Tag::title).containsExactly("Newsletter Reader", "Customer", "Lead", "VIP");
        assertThat(page.items()).extracting(Tag::subscribersCount).containsExactly(0L, 1L, 3L, 2L);
        assertThat(page.items().get(3).createdAt()).isEqualTo(SEEDED);
        assertThat(page.items().get(3).description()).isEqualTo("seed tag VIP");
    }

    private static void listsList(FluentCrmClient client) {
        ListListsResponse answer = client.lists().list();

        assertThat(answer.lists())
                .extracting(MailingList::title)
                .containsExactly("Beta Testers", "Product Updates", "Weekly Newsletter");
        MailingList beta = answer.lists().get(0);
        assertThat(beta.id()).isEqualTo(3L);
        assertThat(beta.isPublic()).isFalse();
        assertThat(beta.totalCount()).isEqualTo(1L);
        assertThat(beta.subscribersCount()).isEqualTo(0L);
        assertThat(beta.createdAt()).isEqualTo(SEEDED);
        assertThat(answer.pagination().total()).isEqualTo(3L);
    }

    private static void listSingle(FluentCrmClient client) {
        MailingList list = client.lists().get(1L);

        assertThat(list.id()).isEqualTo(1L);
        assertThat(list.title()).isEqualTo("Weekly Newsletter");
        assertThat(list.slug()).isEqualTo("weekly-newsletter");
        assertThat(list.description()).isEqualTo("seed list");
        assertThat(list.isPublic()).as("bare record, is_public \"0\"").isFalse();
        assertThat(list.createdAt()).isEqualTo(SEEDED);
        assertThat(list.pivot()).isNull();
    }

    private static void settingsExperiments(FluentCrmClient client) {
        var answer = client.settings().getExperimentalSettings();

        ExperimentalSettings settings = answer.settings();
        assertThat(settings.quickContactNavigation()).as("\"yes\"").isTrue();
        assertThat(settings.campaignArchive()).as("\"no\"").isFalse();
        assertThat(settings.companyModule()).isTrue();
        assertThat(settings.eventTracking()).isTrue();
        assertThat(settings.activityLog()).isFalse();
        assertThat(settings.campaignMaxNumber()).isEqualTo(50L);
        assertThat(settings.campaignIds()).isEmpty();
        assertThat(settings.campaignStatus()).isEqualTo("archived");
        assertThat(settings.frontendPortal()).as("absent").isNull();
        assertThat(answer.additionalProperties()).containsKey("__bench");
    }

    private static void usersList(FluentCrmClient client) {
        ListWpUsersResponse answer = client.users().listWpUsers();

        assertThat(answer.total()).isEqualTo(2L);
        assertThat(answer.users())
                .extracting(WpUser::userEmail)
                .containsExactly("admin@example.com", "noaccess@example.com");
        WpUser admin = answer.users().get(0);
        assertThat(admin.id()).as("\"ID\":\"1\"").isEqualTo(1L);
        assertThat(admin.id2()).as("\"id\":\"1\"").isEqualTo(1L);
        assertThat(admin.displayName()).isEqualTo("admin");
    }

    private static void writeTagCreate(FluentCrmClient client) {
        CreateTagResponse answer = client.tags()
                .create(CreateTagRequest.builder().title("Tmp Sample Tag").build());

        Tag tag = answer.item();
        assertThat(tag.id()).isEqualTo(5L);
        assertThat(tag.title()).isEqualTo("Tmp Sample Tag");
        assertThat(tag.slug()).isEqualTo("tmp-sample-tag");
        assertThat(tag.description()).isEmpty();
        assertThat(tag.createdAt()).isEqualTo(LocalDateTime.of(2026, 11, 26, 21, 4, 8));
        assertThat(answer.lists()).as("the same tag, also under \"lists\"").isEqualTo(tag);
        assertThat(answer.message()).isEqualTo("Successfully saved the tag.");
        assertThat(answer.additionalProperties()).containsKey("__bench");
    }

    private static void writeSubscriberCreate(FluentCrmClient client) {
        CreateContactResponse answer = client.contacts()
                .create(CreateContactRequest.builder()
                        .email("tmp.sample@example.com")
                        .status(ContactStatus.SUBSCRIBED)
                        .firstName("Tmp")
                        .tags(List.of(1L))
                        .lists(List.of(1L))
                        .build());

        assertThat(answer.message()).isEqualTo("Successfully added the subscriber.");
        assertThat(answer.actionType()).isEqualTo(CreateContactResponseActionType.CREATED);
        Contact contact = answer.contact();
        assertThat(contact.id()).isEqualTo(6L);
        assertThat(contact.email()).isEqualTo("tmp.sample@example.com");
        assertThat(contact.lastName()).isNull();
        assertThat(contact.dateOfBirth()).isNull();
        assertThat(contact.totalPoints()).isEqualTo(0L);
        assertThat(contact.createdAt()).isEqualTo(LocalDateTime.of(2026, 11, 26, 21, 4, 9));
        assertThat(contact.tags()).extracting(Tag::title).containsExactly("VIP");
        assertThat(contact.lists()).extracting(MailingList::id).containsExactly(1L);
        assertThat(contact.lists().get(0).pivot().subscriberId()).isEqualTo(6L);
        assertThat(answer.additionalProperties()).containsKey("__bench");
    }

    private static void sequencesList(FluentCrmClient client) {
        Page<Sequence> page = client.sequences().list();

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items()).hasSize(1);
        Sequence sequence = page.items().get(0);
        assertThat(sequence.id()).isEqualTo(3L);
        assertThat(sequence.title()).isEqualTo("Seed Welcome Sequence");
        assertThat(sequence.type()).isEqualTo(SequenceType.EMAIL_SEQUENCE);
        assertThat(sequence.status()).isEqualTo("draft");
        assertThat(sequence.delay()).as("\"0\"").isEqualTo(0L);
        assertThat(sequence.utmStatus()).as("\"0\"").isFalse();
        assertThat(sequence.createdBy()).as("\"1\"").isEqualTo(1L);
        assertThat(sequence.parentId()).isNull();
        assertThat(sequence.scheduledAt()).isNull();
        assertThat(sequence.settings().mailerSettings().isCustom()).as("\"no\"").isFalse();
        assertThat(sequence.settings().mailerSettings().fromName()).isEmpty();
        assertThat(sequence.createdAt()).isEqualTo(LocalDateTime.of(2026, 11, 26, 21, 18, 18));
    }

    private static void dynamicSegmentsList(FluentCrmClient client) {
        var answer = client.dynamicSegments().list();

        assertThat(answer.dynamicSegments())
                .extracting(DynamicSegment::slug)
                .containsExactly("wp_users", "custom_segment");
        DynamicSegment wpUsers = answer.dynamicSegments().get(0);
        assertThat(wpUsers.id()).isEqualTo(0L);
        assertThat(wpUsers.isSystem()).isTrue();
        assertThat(wpUsers.settings()).as("PHP's [] for an empty object").isEmpty();
        DynamicSegment london = answer.dynamicSegments().get(1);
        assertThat(london.id()).isEqualTo(8L);
        assertThat(london.isSystem()).isFalse();
        assertThat(london.title()).isEqualTo("Seed London Contacts");
        assertThat(london.filters()).hasSize(1);
        assertThat(london.filters().get(0)).hasSize(2);
        assertThat(london.filters().get(0).get(0).source()).containsExactly("subscriber", "city");
        assertThat(london.filters().get(0).get(0).operator()).isEqualTo("=");
        assertThat(london.filters().get(0).get(0).value().asText()).isEqualTo("London");
        assertThat(london.filters().get(0).get(1).value().isArray()).isTrue();
        assertThat(answer.additionalProperties()).containsKey("__bench");
    }

    private static void sequenceSubscribers(FluentCrmClient client) {
        Page<SequenceSubscriber> page = client.sequences().listSubscribers(3L);

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.perPage()).isEqualTo(15);
        assertThat(page.items()).hasSize(1);
        SequenceSubscriber tracker = page.items().get(0);
        assertThat(tracker.id()).isEqualTo(1L);
        assertThat(tracker.campaignId()).isEqualTo(3L);
        assertThat(tracker.lastSequenceId()).isEqualTo(4L);
        assertThat(tracker.subscriberId()).isEqualTo(1L);
        assertThat(tracker.nextSequenceId()).isNull();
        assertThat(tracker.status()).isEqualTo("completed");
        assertThat(tracker.type()).isEqualTo(SequenceSubscriberType.SEQUENCE_TRACKER);
        assertThat(tracker.lastExecutedTime()).isEqualTo(LocalDateTime.of(2026, 11, 26, 21, 18, 26));
        assertThat(tracker.nextExecutionTime()).isNull();
        assertThat(tracker.notes()).hasSize(1);
        assertThat(tracker.notes().get(0).campaignId()).isEqualTo(4L);
        assertThat(tracker.notes().get(0).scheduledAt()).isEqualTo(LocalDateTime.of(2026, 11, 27, 21, 18, 26));
        assertThat(tracker.subscriber().email()).isEqualTo("ada@example.com");
    }

    private static void errSegMissing(FluentCrmClient client) {
        // 200 with the bare body `false`: no exception, and nothing that looks like a segment.
        Object answer = client.dynamicSegments().listContacts("custom_segment", 999999L);

        assertThat(answer)
                .satisfiesAnyOf(
                        value -> assertThat(value).isNull(),
                        value -> assertThat(value).isInstanceOfSatisfying(JsonNode.class, node -> {
                            assertThat(node.isBoolean()).isTrue();
                            assertThat(node.booleanValue()).isFalse();
                        }));
    }

    // --- errors ----------------------------------------------------------------------------

    private static void errNoAuth(FluentCrmClient client) {
        Throwable thrown = catchThrowable(() -> client.contacts().list());

        assertThat(thrown).isInstanceOfSatisfying(UnauthorizedException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(401);
            assertThat(e.errorCode()).contains("rest_forbidden");
            assertThat(e.serverMessage()).contains("Sorry, you are not allowed to do that.");
            assertThat(e.rawBody()).contains(RealResponses.body("err_no_auth"));
        });
    }

    private static void errForbiddenLowRole(FluentCrmClient client) {
        Throwable thrown = catchThrowable(() -> client.contacts().list());

        assertThat(thrown).isInstanceOfSatisfying(ForbiddenException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.errorCode()).contains("rest_forbidden");
            assertThat(e.serverMessage()).contains("Sorry, you are not allowed to do that.");
        });
    }

    private static void errMissingContact(FluentCrmClient client) {
        Throwable thrown = catchThrowable(() -> client.contacts().get(999999L));

        assertThat(thrown).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(422);
            assertThat(e.serverMessage()).contains("Subscriber not found");
            assertThat(e.errorCode()).isEmpty();
            assertThat(e.fieldErrors()).as("a bare message is no field map").isEmpty();
        });
    }

    private static void errMissingCampaign(FluentCrmClient client) {
        Throwable thrown = catchThrowable(() -> client.campaigns().get(999999L));

        assertThat(thrown).isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.serverMessage()).contains("No query results for model [FluentCrm\\App\\Models\\Campaign].");
            assertThat(e.errorCode()).isEmpty();
        });
    }

    private static void errInvalidEmail(FluentCrmClient client) {
        CreateContactRequest invalid = CreateContactRequest.builder()
                .email("not-an-email")
                .status(ContactStatus.SUBSCRIBED)
                .build();
        Throwable thrown = catchThrowable(() -> client.contacts().create(invalid));

        assertThat(thrown).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(422);
            assertThat(e.fieldErrors())
                    .isEqualTo(Map.of("email", Map.of("email", "The email must be a valid email address.")));
            assertThat(e.serverMessage()).contains("The email must be a valid email address.");
        });
    }

    private static void errMalformedJson(FluentCrmClient client) {
        CreateContactRequest request = CreateContactRequest.builder()
                .email("ada@example.com")
                .status(ContactStatus.SUBSCRIBED)
                .build();
        Throwable thrown = catchThrowable(() -> client.contacts().create(request));

        assertThat(thrown).isInstanceOfSatisfying(BadRequestException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.errorCode()).contains("rest_invalid_json");
            assertThat(e.serverMessage()).contains("Invalid JSON body passed.");
        });
    }

    private static void errUnknownRoute(FluentCrmClient client) {
        // No generated operation has this path: go through the client's executor.
        Throwable thrown = catchThrowable(() -> client.executor()
                .execute(ApiRequest.builder("GET", "/no-such-route").build()));

        assertThat(thrown).isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.errorCode()).contains("rest_no_route");
            assertThat(e.serverMessage()).contains("No route was found matching the URL and request method.");
        });
        assertThat(thrown).isInstanceOf(FluentCrmException.class);
    }
}
