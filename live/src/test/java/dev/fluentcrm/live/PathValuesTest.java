package dev.fluentcrm.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluentcrm.live.LiveSpec.SpecOperation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ids for path parameters, found on the site: in a list of their own, or only inside their parent. */
class PathValuesTest {
    private CraftedSite site;
    private LiveSpec spec;

    @BeforeEach
    void start() throws Exception {
        site = new CraftedSite()
                .answer("GET", "/wp-json/fluent-crm/v2/sequences", 200, "{\"sequences\":{\"data\":[{\"id\":2}]}}")
                .answer("GET", "/wp-json/fluent-crm/v2/sequences/2", 200, "{\"sequence\":{\"id\":2}}");
        spec = LiveSpec.load(
                Path.of(PathValuesTest.class.getResource("/crafted/nested.yaml").toURI()), List.of());
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** What the crafted site answers to {@code GET /sequences/2?with[]=<with>}. */
    private void sequenceWith(String with, String body) {
        site.answer("GET", "/wp-json/fluent-crm/v2/sequences/2?with%5B%5D=" + with, 200, body);
    }

    private PathValues.Resolution resolve(String operationId) {
        SpecOperation operation = spec.operations().stream()
                .filter(o -> o.operationId().equals(operationId))
                .findFirst()
                .orElseThrow();
        return new PathValues(
                        new SiteClient(site.url(), Duration.ofSeconds(10)),
                        new Credentials("admin", CraftedSite.PASSWORD),
                        spec,
                        new Parameters(spec))
                .resolve(operation);
    }

    @Test
    void aRecordListedOnlyInsideItsParentIsFoundThroughTheParentsWithValueThatNamesIt() {
        // email_stats is tried first (enum order) and names no email list; sequence_emails does.
        sequenceWith("email_stats", "{\"sequence\":{\"id\":2},\"stats\":[{\"id\":99}]}");
        sequenceWith(
                "sequence_emails",
                "{\"sequence\":{\"id\":2,\"tags\":[{\"id\":41}]},\"sequence_emails\":[{\"id\":7},{\"id\":8}]}");

        PathValues.Resolution resolution = resolve("getSequenceEmail");

        assertThat(resolution.isSkipped())
                .as(String.valueOf(resolution.skipReason()))
                .isFalse();
        assertThat(resolution.path()).isEqualTo("/sequences/2/email/7");
    }

    @Test
    void withoutSuchARecordTheOperationIsSkippedSayingWhere() {
        sequenceWith("sequence_emails", "{\"sequence\":{\"id\":2},\"sequence_emails\":[]}");

        PathValues.Resolution resolution = resolve("getSequenceEmail");

        assertThat(resolution.skipReason())
                .isEqualTo("no value for {email_id}: GET /sequences/2/email lists no record with an id");
    }
}
