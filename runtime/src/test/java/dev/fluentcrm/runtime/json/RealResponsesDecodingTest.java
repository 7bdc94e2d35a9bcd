package dev.fluentcrm.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.page.Page;
import dev.fluentcrm.runtime.testing.Models.Contact;
import dev.fluentcrm.runtime.testing.Models.ContactStatus;
import dev.fluentcrm.runtime.testing.Models.MailingList;
import dev.fluentcrm.runtime.testing.Models.Tag;
import dev.fluentcrm.runtime.testing.Models.WpUser;
import dev.fluentcrm.runtime.testing.RealResponses;
import dev.fluentcrm.runtime.testing.TestClients;
import dev.fluentcrm.runtime.testing.TestServer;
import dev.fluentcrm.runtime.testing.TestServer.Reply;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bodies captured from a real FluentCRM decode into records shaped like the generated ones. */
class RealResponsesDecodingTest {
    private final TestServer server = TestServer.start();
    private final ApiExecutor executor = TestClients.executor(server);
    private final ObjectMapper mapper = PhpJson.newMapper();

    @AfterEach
    void stop() {
        server.close();
    }

    private <T> T serve(String sample, String pointer, TypeReference<T> type) {
        server.enqueue(Reply.ok(RealResponses.body(sample)));
        ApiResponse<T> response = executor.execute(
                ApiRequest.builder("GET", RealResponses.sample(sample).path()).build(), type, pointer);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.rawBody()).isEqualTo(RealResponses.body(sample));
        return response.value();
    }

    @Test
    void subscribersListIsAPageOfContacts() {
        Page<Contact> page = serve("subscribers_list", "/subscribers", new TypeReference<Page<Contact>>() {});

        assertThat(page.total()).isEqualTo(5);
        assertThat(page.perPage()).isEqualTo(15);
        assertThat(page.currentPage()).isEqualTo(1);
        assertThat(page.lastPage()).isEqualTo(1);
        assertThat(page.hasNextPage()).isFalse();
        assertThat(page.items()).extracting(Contact::id).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(page.items())
                .extracting(Contact::status)
                .containsExactly(
                        ContactStatus.SUBSCRIBED,
                        ContactStatus.UNSUBSCRIBED,
                        ContactStatus.PENDING,
                        ContactStatus.SUBSCRIBED,
                        ContactStatus.SUBSCRIBED);

        Contact margaret = page.items().get(0);
        assertThat(margaret.firstName()).isEqualTo("Margaret");
        assertThat(margaret.totalPoints()).isZero();
        assertThat(margaret.lifeTimeValue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(margaret.dateOfBirth()).isEqualTo(LocalDate.of(1990, 1, 15));
        assertThat(margaret.createdAt()).isEqualTo(LocalDateTime.of(2026, 11, 26, 21, 4, 5));
        assertThat(margaret.lastActivity()).isNull();
        assertThat(margaret.companyId()).isNull();
        assertThat(margaret.companies()).isEmpty();
        assertThat(margaret.tags()).extracting(Tag::title).containsExactly("Lead", "VIP");
        assertThat(margaret.tags().get(0).pivot().subscriberId()).isEqualTo(5L);
        assertThat(margaret.tags().get(0).pivot().objectType()).isEqualTo("FluentCrm\\App\\Models\\Tag");
        assertThat(margaret.lists()).extracting(MailingList::isPublic).containsExactly(false);
        assertThat(margaret.additionalProperties())
                .containsEntry("full_name", "Margaret Hamilton")
                .containsKey("hash")
                .doesNotContainKeys("first_name", "tags", "status");

        Contact ada = page.items().get(4);
        assertThat(ada.companyId()).isEqualTo(1L);
        assertThat(ada.company().name()).isEqualTo("Acme Analytical Engines Ltd");
        assertThat(ada.company().employeesNumber()).isZero();
        assertThat(ada.company().meta().customValues()).isNotNull().isEmpty();
    }

    /** The envelope itself, with its "__bench" and "custom" kept as extra keys. */
    record SubscribersEnvelope(
            @JsonProperty("subscribers") Page<Contact> subscribers,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {}

    @Test
    void envelopeKeepsBench() {
        SubscribersEnvelope envelope = serve("subscribers_list", "", new TypeReference<SubscribersEnvelope>() {});

        assertThat(envelope.subscribers().items()).hasSize(5);
        assertThat(envelope.additionalProperties()).containsKey("__bench");
        assertThat(envelope.additionalProperties().get("__bench")).isInstanceOf(BigDecimal.class);
    }

    @Test
    void singleSubscriberUnderItsKey() {
        Contact ada = serve("subscriber_single", "/subscriber", new TypeReference<Contact>() {});

        assertThat(ada.id()).isEqualTo(1L);
        assertThat(ada.email()).isEqualTo("ada@example.com");
        assertThat(ada.tags()).extracting(Tag::id).containsExactly(2L, 1L);
        assertThat(ada.companies())
                .singleElement()
                .satisfies(c -> assertThat(c.meta().customValues()).isEmpty());
    }

    @Test
    void tagsList() {
        Page<Tag> page = serve("tags_list", "/tags", new TypeReference<Page<Tag>>() {});

        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).extracting(Tag::subscribersCount).containsExactly(0, 1, 3, 2);
        assertThat(page.items().get(0).createdAt()).isEqualTo(LocalDateTime.of(2026, 11, 26, 21, 4, 3));
    }

    @Test
    void bareList() {
        MailingList list = serve("list_single", "", new TypeReference<MailingList>() {});

        assertThat(list.id()).isEqualTo(1L);
        assertThat(list.isPublic()).isFalse();
        assertThat(list.additionalProperties()).containsEntry("slug", "weekly-newsletter");
    }

    @Test
    void usersWithNumericStringIds() {
        List<WpUser> users = serve("users_list", "/users", new TypeReference<List<WpUser>>() {});

        assertThat(users).extracting(WpUser::id).containsExactly(1L, 2L);
        assertThat(users.get(1).displayName()).isEqualTo("noaccess");
    }

    @Test
    void createdTagUnderASurprisingKey() {
        Tag tag = serve("write_tag_create", "/lists", new TypeReference<Tag>() {});

        assertThat(tag.id()).isEqualTo(5L);
        assertThat(tag.title()).isEqualTo("Tmp Sample Tag");
    }

    @Test
    void createdContact() {
        Contact contact = serve("write_subscriber_create", "/contact", new TypeReference<Contact>() {});

        assertThat(contact.id()).isEqualTo(6L);
        assertThat(contact.lastName()).isNull();
        assertThat(contact.dateOfBirth()).isNull();
        assertThat(contact.lists()).extracting(MailingList::title).containsExactly("Weekly Newsletter");
    }

    record ExperimentSettings(
            @JsonProperty("quick_contact_navigation") Boolean quickContactNavigation,
            @JsonProperty("campaign_archive") Boolean campaignArchive,
            @JsonProperty("campaign_max_number") Integer campaignMaxNumber,
            @JsonProperty("campaign_ids") List<Long> campaignIds,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {}

    @Test
    void yesNoSettings() {
        ExperimentSettings settings =
                serve("settings_experiments", "/settings", new TypeReference<ExperimentSettings>() {});

        assertThat(settings.quickContactNavigation()).isTrue();
        assertThat(settings.campaignArchive()).isFalse();
        assertThat(settings.campaignMaxNumber()).isEqualTo(50);
        assertThat(settings.campaignIds()).isEmpty();
        assertThat(settings.additionalProperties()).containsEntry("company_module", "yes");
    }

    record SequenceTracker(
            @JsonProperty("id") Long id,
            @JsonProperty("campaign_id") Long campaignId,
            @JsonProperty("next_execution_time") LocalDateTime nextExecutionTime,
            @JsonProperty("last_executed_time") LocalDateTime lastExecutedTime,
            @JsonProperty("subscriber") Contact subscriber) {}

    @Test
    void barePageAtTheRoot() {
        Page<SequenceTracker> page = serve("sequence_subscribers", "", new TypeReference<Page<SequenceTracker>>() {});

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items()).singleElement().satisfies(t -> {
            assertThat(t.campaignId()).isEqualTo(3L);
            assertThat(t.nextExecutionTime()).isNull();
            assertThat(t.lastExecutedTime()).isEqualTo(LocalDateTime.of(2026, 11, 26, 21, 18, 26));
            assertThat(t.subscriber().firstName()).isEqualTo("Ada");
        });
    }

    @Test
    void falseForAMissingRecordIsNull() {
        Contact contact = serve("err_seg_missing", "", new TypeReference<Contact>() {});
        assertThat(contact).isNull();

        Page<Contact> page = serve("err_seg_missing", "/subscribers", new TypeReference<Page<Contact>>() {});
        assertThat(page).isNull();
    }

    @Test
    void mapperAloneReadsTheSameBodies() throws Exception {
        Tag tag = mapper.treeToValue(
                mapper.readTree(RealResponses.body("write_tag_create")).at("/item"), Tag.class);

        assertThat(tag.id()).isEqualTo(5L);
        assertThat(tag.description()).isEmpty();
    }
}
