package dev.fluentcrm.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The write scenario with the bundled spec against a crafted site that registers the tag routes
 * only, answering with the spec's own examples, one of them disagreeing with what was sent.
 */
class WriteScenarioTest {
    private static final String API = "/wp-json/fluent-crm/v2";

    private CraftedSite site;

    @BeforeEach
    void tagsOnly() throws Exception {
        String created =
                "{\"lists\":{\"title\":\"x\",\"slug\":\"x\",\"id\":5},\"item\":{\"title\":\"x\",\"slug\":\"x\",\"id\":5},"
                        + "\"message\":\"Successfully saved the tag.\"}";
        site = new CraftedSite()
                .answer("GET", API, 200, """
                        {"routes":{"/fluent-crm/v2/tags":{"methods":["GET","POST"]},
                          "/fluent-crm/v2/tags/(?P<id>[\\\\d]+)":{"methods":["GET","PUT","DELETE"]}}}""")
                .answer(
                        "GET",
                        API + "/tags",
                        200,
                        "{\"tags\":{\"total\":0,\"per_page\":15,\"current_page\":1,\"data\":[]}}")
                .answerTo(
                        "POST", API + "/tags", "{}", 422, "{\"title\":{\"required\":\"The title field is required.\"}}")
                .answer("POST", API + "/tags", 200, created)
                // The read-back sends another tag than the one created: the scenario says so.
                .answer("GET", API + "/tags/5", 200, "{\"tag\":{\"id\":5,\"title\":\"VIP\",\"slug\":\"vip\"}}")
                .answer("PUT", API + "/tags/5", 200, "{\"lists\":1,\"message\":\"Successfully saved the tag.\"}")
                .answer("DELETE", API + "/tags/5", 200, "{\"message\":\"Successfully removed the tag.\"}");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void roundTripsTheTagAndChecksTheTypedErrors() {
        Report report = new LiveVerifier(LiveSpec.bundled(), () -> null)
                .run(new LiveVerifier.Options(
                        site.url(),
                        new Credentials("admin", CraftedSite.PASSWORD),
                        null,
                        "FluentCRM 0.0.1",
                        true,
                        Duration.ofSeconds(10)));

        List<String> scenario = report.findings().stream()
                .filter(f -> f.kind() == Finding.Kind.SCENARIO
                        || f.kind() == Finding.Kind.STATUS
                        || f.kind() == Finding.Kind.SCHEMA)
                .map(Finding::line)
                .toList();
        assertThat(scenario).hasSize(1);
        assertThat(scenario.get(0))
                .matches("scenario getTag - getTag body#/tag/slug: expected \"verify-live-[0-9a-z]+\", sent \"vip\"");
        // 401 with a wrong password (the crafted site refuses any other), the 422 of a tag without a title,
        // then create, read, update, delete, and the read of the deleted tag.
        assertThat(site.requests)
                .containsSubsequence(
                        "GET " + API + "/tags",
                        "POST " + API + "/tags",
                        "POST " + API + "/tags",
                        "GET " + API + "/tags/5",
                        "PUT " + API + "/tags/5",
                        "DELETE " + API + "/tags/5",
                        "GET " + API + "/tags/5");
        // The steps of modules the site does not register are skipped, each saying so.
        assertThat(report.findings())
                .anySatisfy(
                        f -> assertThat(f.line())
                                .isEqualTo(
                                        "skipped createList - -: expected a write step, sent none: the site does not register it"));
        assertThat(report.findings()).noneMatch(f -> f.kind() == Finding.Kind.DECODE);
    }
}
