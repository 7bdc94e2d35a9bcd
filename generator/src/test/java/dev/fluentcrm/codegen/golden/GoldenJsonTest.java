package dev.fluentcrm.codegen.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fluentcrm.runtime.json.PhpJson;
import golden.collections.model.Bag;
import golden.enums.model.Contact;
import golden.enums.model.ContactChannel;
import golden.enums.model.ContactStatus;
import golden.enums.model.SortType;
import golden.naming_properties.model.Oddity;
import golden.nullability.model.Profile;
import golden.nullability.model.ProfileUpdate;
import golden.one_of.model.SmsMessage;
import golden.php_types.model.Subscriber;
import golden.php_types.model.SubscriberUpdate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compiled golden records and enumerations, read from and written to the JSON PHP sends. */
class GoldenJsonTest {
    private final ObjectMapper mapper = PhpJson.newMapper();

    @Test
    void phpScalarsDecodeIntoTheirLogicalTypes() throws JsonProcessingException {
        Subscriber subscriber = mapper.readValue("""
                {"id": "7", "user_id": "12", "life_time_value": "12.50", "is_verified": "yes", "email_opt_in": "1",
                 "is_admin": "0", "created_at": "2026-11-26 10:00:00", "date_of_birth": "0000-00-00",
                 "last_activity": "2026-11-26T10:00:00+00:00", "score": "42", "meta": []}
                """, Subscriber.class);

        assertThat(subscriber.id()).isEqualTo(7L);
        assertThat(subscriber.userId()).isEqualTo(12L);
        assertThat(subscriber.lifeTimeValue()).isEqualByComparingTo(new BigDecimal("12.50"));
        assertThat(subscriber.isVerified()).isTrue();
        assertThat(subscriber.emailOptIn()).isTrue();
        assertThat(subscriber.isAdmin()).isFalse();
        assertThat(subscriber.createdAt()).isEqualTo(LocalDateTime.of(2026, 11, 26, 10, 0));
        assertThat(subscriber.dateOfBirth()).isNull();
        assertThat(subscriber.lastActivity()).isEqualTo(LocalDateTime.of(2026, 11, 26, 10, 0));
        assertThat(subscriber.score()).isEqualTo(42L);
        assertThat(subscriber.meta()).isEmpty();
    }

    @Test
    void theOtherSpellingsOfPhpValuesDecodeToo() throws JsonProcessingException {
        Subscriber subscriber = mapper.readValue("""
                {"id": 7, "user_id": null, "life_time_value": 3, "is_verified": "no", "email_opt_in": 0,
                 "is_admin": true, "date_of_birth": "1990-01-31", "score": 5, "meta": {"a": "b"}}
                """, Subscriber.class);

        assertThat(subscriber.userId()).isNull();
        assertThat(subscriber.lifeTimeValue()).isEqualByComparingTo(BigDecimal.valueOf(3));
        assertThat(subscriber.isVerified()).isFalse();
        assertThat(subscriber.emailOptIn()).isFalse();
        assertThat(subscriber.isAdmin()).isTrue();
        assertThat(subscriber.dateOfBirth()).isEqualTo(LocalDate.of(1990, 1, 31));
        assertThat(subscriber.meta()).containsExactly(Map.entry("a", "b"));
    }

    @Test
    void unknownPropertiesAreKeptAndSentBack() throws JsonProcessingException {
        Subscriber subscriber =
                mapper.readValue("{\"id\": 1, \"new_column\": \"kept\", \"nested\": {\"x\": 1}}", Subscriber.class);

        assertThat(subscriber.additionalProperties())
                .containsEntry("new_column", "kept")
                .containsKey("nested");
        assertThat(mapper.writeValueAsString(subscriber))
                .isEqualTo("{\"id\":1,\"new_column\":\"kept\",\"nested\":{\"x\":1}}");
    }

    @Test
    void flagsAreWrittenAsPhpStoresThemAndNullsAreLeftOut() throws JsonProcessingException {
        SubscriberUpdate update = SubscriberUpdate.builder()
                .isVerified(false)
                .emailOptIn(true)
                .isAdmin(false)
                .createdAt(LocalDateTime.of(2026, 11, 26, 10, 0))
                .additionalProperty("custom_values", Map.of("color", "blue"))
                .build();

        assertThat(mapper.writeValueAsString(update))
                .isEqualTo(
                        "{\"is_verified\":\"no\",\"email_opt_in\":\"1\",\"is_admin\":false,\"created_at\":\"2026-11-26 10:00:00\","
                                + "\"custom_values\":{\"color\":\"blue\"}}");
        assertThat(mapper.writeValueAsString(SubscriberUpdate.builder().build()))
                .isEqualTo("{}");
    }

    @Test
    void enumerationsKeepValuesTheSpecDoesNotList() throws JsonProcessingException {
        Contact contact = mapper.readValue("""
                {"status": "brand-new", "source": "web", "channels": ["email", "fax"], "priority": "2"}
                """, Contact.class);

        assertThat(contact.status().isKnown()).isFalse();
        assertThat(contact.status().value()).isEqualTo("brand-new");
        assertThat(contact.status()).isEqualTo(ContactStatus.of("brand-new")).isNotEqualTo(ContactStatus.SUBSCRIBED);
        assertThat(contact.channels()).containsExactly(ContactChannel.EMAIL, ContactChannel.of("fax"));
        assertThat(contact.priority()).isEqualTo(2L);
        assertThat(mapper.writeValueAsString(contact))
                .isEqualTo(
                        "{\"status\":\"brand-new\",\"source\":\"web\",\"channels\":[\"email\",\"fax\"],\"priority\":2}");
    }

    @Test
    void listedEnumerationValuesAreTheirConstants() throws JsonProcessingException {
        assertThat(mapper.readValue("{\"status\": \"sms-subscribed\"}", Contact.class)
                        .status())
                .isSameAs(ContactStatus.SMS_SUBSCRIBED);
        assertThat(ContactStatus.of("")).isSameAs(ContactStatus.EMPTY);
        assertThat(ContactStatus.of("1")).isSameAs(ContactStatus.VALUE_1);
        assertThat(ContactStatus.of("KNOWN")).isSameAs(ContactStatus.KNOWN2);
        assertThat(ContactStatus.knownValues())
                .extracting(ContactStatus::value)
                .containsExactly("subscribed", "pending", "unsubscribed", "sms-subscribed", "", "1", "KNOWN");
        assertThat(SortType.of("asc")).isSameAs(SortType.ASC_LOWERCASE).isNotEqualTo(SortType.ASC);
        assertThat(mapper.writeValueAsString(List.of(ContactStatus.EMPTY, SortType.DESC_LOWERCASE)))
                .isEqualTo("[\"\",\"desc\"]");
    }

    @Test
    void phpContainerShapesDecode() throws JsonProcessingException {
        Bag bag = mapper.readValue("""
                {"names": ["a"], "matrix": [[1, "2"], []], "tags": {"0": {"id": 1}, "2": {"id": "3"}},
                 "counts": [], "by_id": {"5": {"id": 5, "title": "Five"}}, "groups": {"x": [{"id": 1}]},
                 "anything": {"k": [1, 2]}, "untyped": "text", "untyped_items": [1, "a", null],
                 "positions": {"p": {"x": 1.5, "y": "2.25"}}}
                """, Bag.class);

        assertThat(bag.matrix()).containsExactly(List.of(1L, 2L), List.of());
        assertThat(bag.tags()).extracting(golden.collections.model.Tag::id).containsExactly(1L, 3L);
        assertThat(bag.counts()).isEmpty();
        assertThat(bag.byId().get("5").title()).isEqualTo("Five");
        assertThat(bag.groups().get("x")).hasSize(1);
        assertThat(bag.anything().get("k").isArray()).isTrue();
        assertThat(bag.untyped().asText()).isEqualTo("text");
        assertThat(bag.untypedItems()).hasSize(3);
        assertThat(bag.positions().get("p").x()).isEqualTo(1.5);
        assertThat(bag.positions().get("p").y()).isEqualByComparingTo(new BigDecimal("2.25"));
        assertThatThrownBy(() -> bag.names().add("b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void oneOfIdiomsDecodeIntoTheMeaningfulType() throws JsonProcessingException {
        SmsMessage message = mapper.readValue("""
                {"contact": null, "settings": [], "legacy_settings": {"sender": "CRM"}, "parent": {"id": 4},
                 "count": "5", "total": "7", "amount": "1.50", "flag": "yes", "label": null, "shape": ["a"]}
                """, SmsMessage.class);

        assertThat(message.contact()).isNull();
        assertThat(message.settings()).isNull();
        assertThat(message.legacySettings().sender()).isEqualTo("CRM");
        assertThat(message.parent().id()).isEqualTo(4L);
        // Free text among the branches: the value stays a String; a numeric pattern makes it a Long.
        assertThat(message.count()).isEqualTo("5");
        assertThat(message.total()).isEqualTo(7L);
        assertThat(message.amount()).isEqualTo("1.50");
        assertThat(message.flag()).isEqualTo("yes");
        assertThat(message.shape().isArray()).isTrue();
    }

    @Test
    void oddJsonNamesRoundTripThroughTheirJavaNames() throws JsonProcessingException {
        String json = "{\"__force_update\":true,\"tags[]\":[1,2],\"2fa\":false,\"class\":\"c\",\"default\":\"d\","
                + "\"first_name\":\"a\",\"firstName\":\"b\",\"FirstName\":\"c\",\"builder\":\"x\","
                + "\"$\":\"dollar\",\"value\":\"v\",\"query[status]\":\"q\",\"1st\":\"first\",\"über\":\"u\",\"_links\":{\"self\":\"s\"}}";

        Oddity oddity = mapper.readValue(json, Oddity.class);

        assertThat(oddity.forceUpdate()).isTrue();
        assertThat(oddity.tags()).containsExactly(1L, 2L);
        assertThat(oddity.twoFa()).isFalse();
        assertThat(oddity.class_()).isEqualTo("c");
        assertThat(oddity.default_()).isEqualTo("d");
        assertThat(List.of(oddity.firstName(), oddity.firstName2(), oddity.firstName3()))
                .containsExactly("a", "b", "c");
        assertThat(oddity.builder_()).isEqualTo("x");
        assertThat(oddity.additionalProperties()).isEmpty();
        assertThat(oddity.value()).isEqualTo("dollar");
        assertThat(oddity.value2()).isEqualTo("v");
        assertThat(oddity.queryStatus()).isEqualTo("q");
        assertThat(oddity.oneSt()).isEqualTo("first");
        assertThat(oddity.über()).isEqualTo("u");
        assertThat(oddity.links().self()).isEqualTo("s");
        assertThat(mapper.readTree(mapper.writeValueAsString(oddity))).isEqualTo(mapper.readTree(json));
    }

    @Test
    void requiredPropertiesAreCheckedByTheBuilderButNotWhenDecoding() throws JsonProcessingException {
        assertThatThrownBy(() -> ProfileUpdate.builder().nickname("x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ProfileUpdate.email is required (JSON property 'email')");
        assertThat(ProfileUpdate.builder()
                        .email("a@example.com")
                        .nickname(null)
                        .build()
                        .nickname())
                .isNull();
        // A server that leaves out a required property still gives a record: PHP is not strict about it.
        Profile profile = mapper.readValue("{\"id\": 1, \"nickname\": \"ada\"}", Profile.class);
        assertThat(profile.email()).isNull();
        assertThat(profile.toBuilder().email("a@example.com").build().id()).isEqualTo(1L);
    }
}
