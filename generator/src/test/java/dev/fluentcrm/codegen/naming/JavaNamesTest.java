package dev.fluentcrm.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JavaNamesTest {
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            emptyValue = "",
            value = {
                "mailing_list        | MailingList",
                "MailingList         | MailingList",
                "mailing-list        | MailingList",
                "mailingList         | MailingList",
                "MAILING_LIST        | MailingList",
                "2fa                 | TwoFa",
                "2fa-settings        | TwoFaSettings",
                "12                  | One2",
                "Email Sequences     | EmailSequences",
                "email   sequences   | EmailSequences",
                "HTMLBody            | HtmlBody",
                "getHTTPResponse     | GetHttpResponse",
                "utf8Encoded         | Utf8Encoded",
                "v2Api               | V2Api",
                "tags[]              | Tags",
                "query[status]       | QueryStatus",
                "__force_update      | ForceUpdate",
                "class               | Class",
                "über                | Über",
                "''                  | Unnamed",
                "'[]'                | Unnamed",
                "'$'                 | Unnamed",
            })
    void typeName(String raw, String expected) {
        assertThat(JavaNames.typeName(raw)).isEqualTo(expected);
    }

    @Test
    void aVeryLongTypeNameIsCutToFitInAFileNameAndStaysDistinct() {
        String deep = "search_contacts_response" + "_level_list".repeat(40);

        String name = JavaNames.typeName(deep);

        assertThat(name).hasSize(JavaNames.MAX_TYPE_NAME).startsWith("SearchContactsResponseLevelList");
        assertThat(SourceVersion.isName(name)).isTrue();
        assertThat(JavaNames.typeName(deep + "_other"))
                .hasSize(JavaNames.MAX_TYPE_NAME)
                .isNotEqualTo(name);
        assertThat(JavaNames.typeName(name)).isEqualTo(name);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            emptyValue = "",
            value = {
                "__force_update      | forceUpdate",
                "tags[]              | tags",
                "with[]              | with",
                "query[status]       | queryStatus",
                "2fa                 | twoFa",
                "1st                 | oneSt",
                "first_name          | firstName",
                "firstName           | firstName",
                "FirstName           | firstName",
                "FIRST_NAME          | firstName",
                "x-y-z               | xYZ",
                "X-WP-Nonce          | xWpNonce",
                "_links              | links",
                "id                  | id",
                "ID                  | id",
                "class               | class_",
                "default             | default_",
                "import              | import_",
                "enum                | enum_",
                "true                | true_",
                "null                | null_",
                "_                   | value",
                "builder             | builder_",
                "toBuilder           | toBuilder_",
                "additionalProperties| additionalProperties_",
                "hashCode            | hashCode_",
                "getClass            | getClass_",
                "wait                | wait_",
                "toString            | toString_",
                "''                  | value",
                "'$'                 | value",
                "'[]'                | value",
                "über                | über",
            })
    void memberName(String raw, String expected) {
        assertThat(JavaNames.memberName(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            emptyValue = "",
            value = {
                "subscribed          | SUBSCRIBED",
                "sms-subscribed      | SMS_SUBSCRIBED",
                "smsSubscribed       | SMS_SUBSCRIBED",
                "ASC                 | ASC",
                "asc                 | ASC",
                "1                   | VALUE_1",
                "0                   | VALUE_0",
                "2fa                 | VALUE_2FA",
                "''                  | EMPTY",
                "'+'                 | SYMBOL_2B",
                "'-'                 | SYMBOL_2D",
                "'[]'                | SYMBOL_B62",
                "'@x'                | X",
                "'yes'               | YES",
                "'Europe/Berlin'     | EUROPE_BERLIN",
            })
    void constantName(String raw, String expected) {
        assertThat(JavaNames.constantName(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "contacts, contact",
        "ContactStatuses, ContactStatus",
        "statuses, status",
        "Companies, Company",
        "classes, class",
        "boxes, box",
        "batches, batch",
        "wishes, wish",
        "class, class",
        "status, status",
        "campus, campus",
        "data, data",
        "s, s",
    })
    void singular(String plural, String expected) {
        assertThat(JavaNames.singular(plural)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "_",
                "$",
                "[]",
                "2fa",
                "1",
                "class",
                "default",
                "__force_update",
                "tags[]",
                "query[a][b]",
                "a b c",
                "x-y",
                "über",
                "HTMLBody",
                "9lives",
                "goto",
                "const",
                "record",
                "var",
                "yield",
                "sealed",
                "permits",
                "_1",
                "a__b",
                "ÆØÅ",
                "名前",
                "emoji😀name",
                "builder",
                "hashCode",
                "notify",
                "١٢٣",
                "１st",
                "٣_items"
            })
    void everyNameIsAUsableJavaIdentifier(String raw) {
        for (String name : List.of(JavaNames.typeName(raw), JavaNames.memberName(raw), JavaNames.constantName(raw))) {
            assertThat(SourceVersion.isName(name))
                    .as("'%s' from '%s'", name, raw)
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            emptyValue = "",
            value = {
                "mailing_list     | mailing,list",
                "HTMLBody         | html,body",
                "getHTTPResponse  | get,http,response",
                "tags[]           | tags",
                "2fa              | 2fa",
                "utf8Encoded      | utf8,encoded",
                "''               | ''",
            })
    void words(String raw, String expected) {
        List<String> words = expected.isEmpty() ? List.of() : List.of(expected.split(","));
        assertThat(JavaNames.words(raw)).isEqualTo(words);
    }
}
