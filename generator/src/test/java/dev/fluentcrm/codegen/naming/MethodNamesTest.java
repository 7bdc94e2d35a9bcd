package dev.fluentcrm.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MethodNamesTest {
    @ParameterizedTest(name = "{1} in {0} -> {2}")
    @CsvSource({
        "Contacts, listContacts, list",
        "Contacts, getContact, get",
        "Contacts, createContact, create",
        "Contacts, getContactNotes, getNotes",
        "Contacts, addContactsToCompany, addToCompany",
        "Contacts, contactsSummary, contactsSummary",
        "Contacts, listTags, listTags",
        "Contacts, getContactsBySearch, getBySearch",
        "Contacts, listContactsvariants, listContactsvariants",
        "Contacts, importContacts, importContacts",
        "Funnels, importFunnel, importFunnel",
        "Funnels, listFunnelSubscribers, listSubscribers",
        "Funnels, wait, wait_",
        "Funnels, doFunnel, doFunnel",
        "Companies, listCompanies, list",
        "Companies, getCompany, get",
        "Email Sequences, listEmailSequences, list",
        "Email Sequences, getEmailSequence, get",
        "Email Sequences, getSequence, getSequence",
        "email-sequences, deleteEmailSequence, delete",
        "Smart Links, listSmartLinks, list",
        "class, listClasses, listClasses",
        "Settings, getSettings, get",
        "Settings, get_settings, get",
        "Settings, GetSettings, get",
        "Settings, settings, settings",
        "2fa, verify2fa, verify2fa",
        "Reports, getReports, get",
    })
    void theModuleNounIsDroppedAfterTheVerb(String module, String operationId, String expected) {
        assertThat(MethodNames.forModule(module, List.of(operationId))).containsExactly(expected);
    }

    @Test
    void namesThatWouldCollideKeepTheirOperationIds() {
        assertThat(MethodNames.forModule("Contacts", List.of("deleteContact", "deleteContacts", "listContacts")))
                .containsExactly("deleteContact", "deleteContacts", "list");
    }

    @Test
    void aShortNameTakenByAnotherOperationIdKeepsTheLongOne() {
        assertThat(MethodNames.forModule("Contacts", List.of("list", "listContacts")))
                .containsExactly("list", "listContacts");
    }

    @Test
    void javaKeywordsAreNeverProduced() {
        assertThat(MethodNames.forModule(
                        "Funnels", List.of("importFunnel", "newFunnel", "switchFunnel", "deleteFunnel")))
                .containsExactly("importFunnel", "newFunnel", "switchFunnel", "delete");
    }

    @Test
    void theOrderOfTheResultIsTheOrderOfTheOperations() {
        assertThat(MethodNames.forModule("Tags", List.of("updateTag", "listTags", "getTag", "createTag")))
                .containsExactly("update", "list", "get", "create");
    }

    @Test
    void anEmptyModuleHasNoMethods() {
        assertThat(MethodNames.forModule("Empty", List.of())).isEmpty();
    }

    @Test
    void anOperationCannotTakeTheNameOfTheOptionsView() {
        assertThat(MethodNames.forModule("Things", List.of("withOptions", "listThings")))
                .doesNotContain("withOptions")
                .hasSize(2);
    }
}
