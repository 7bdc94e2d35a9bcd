package dev.fluentcrm.codegen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluentcrm.spec.FluentCrmSpec;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole FluentCRM spec: against itself nothing changes, in YAML and in its JSON twin. */
class BundledSpecDiffTest {
    @Test
    void theBundledSpecAgainstItselfHasNoChange() throws URISyntaxException {
        DiffReport report = SpecDiff.compare(
                "yaml",
                List.of(FluentCrmSpec.yamlUrl().toURI()),
                "json",
                List.of(FluentCrmSpec.jsonUrl().toURI()));

        assertThat(report.changes()).isEmpty();
        assertThat(report.bump()).isEqualTo(Bump.NONE);
        assertThat(FailOn.ANY.fails(report)).isFalse();
    }
}
