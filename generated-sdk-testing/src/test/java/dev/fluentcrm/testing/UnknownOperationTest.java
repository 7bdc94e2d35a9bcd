package dev.fluentcrm.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A misspelt operationId fails the test that names it, instead of letting it pass for the wrong reason. */
class UnknownOperationTest {
    @Test
    void overrideAndRequestsRefuseAnOperationTheSpecDoesNotHaveNamingTheNearest() {
        try (MockFluentCrm mock = MockFluentCrm.start()) {
            assertThatThrownBy(() -> mock.override("listTag", MockResponse.json(200, "{}")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("No operation 'listTag' in this mock's spec; did you mean listTags, ");
            assertThatThrownBy(() -> mock.requests("noSuchOp"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("No operation 'noSuchOp' in this mock's spec; did you mean ");
            assertThat(mock.override("listTags", MockResponse.json(200, "{}"))).isSameAs(mock);
            assertThat(mock.requests("listTags")).isEmpty();
        }
    }
}
