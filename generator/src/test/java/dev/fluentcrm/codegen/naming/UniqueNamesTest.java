package dev.fluentcrm.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UniqueNamesTest {
    @Test
    void aFreeNameIsHandedOutAsItIs() {
        assertThat(new UniqueNames().claim("contact")).isEqualTo("contact");
    }

    @Test
    void clashesGetNumbersInTheOrderTheyAreAskedFor() {
        UniqueNames names = new UniqueNames();
        assertThat(names.claim("firstName")).isEqualTo("firstName");
        assertThat(names.claim("firstName")).isEqualTo("firstName2");
        assertThat(names.claim("firstName")).isEqualTo("firstName3");
    }

    @Test
    void clashesIgnoreCaseBecauseSomeFileSystemsDo() {
        UniqueNames names = new UniqueNames();
        assertThat(names.claim("MailingList")).isEqualTo("MailingList");
        assertThat(names.claim("Mailinglist")).isEqualTo("Mailinglist2");
        assertThat(names.isTaken("MAILINGLIST")).isTrue();
    }

    @Test
    void aNumberedNameThatIsTakenItselfIsSkipped() {
        UniqueNames names = new UniqueNames();
        names.claim("Tag2");
        names.claim("Tag");
        assertThat(names.claim("Tag")).isEqualTo("Tag3");
    }

    @Test
    void reservedNamesAreNeverHandedOut() {
        UniqueNames names = new UniqueNames().reserve("Page", "builder");
        assertThat(names.claim("Page")).isEqualTo("Page2");
        assertThat(names.claim("page")).isEqualTo("page3");
        assertThat(names.claim("Builder")).isEqualTo("Builder2");
        assertThat(names.isTaken("other")).isFalse();
    }

    @Test
    void scopesAreIndependent() {
        new UniqueNames().claim("id");
        assertThat(new UniqueNames().claim("id")).isEqualTo("id");
    }
}
