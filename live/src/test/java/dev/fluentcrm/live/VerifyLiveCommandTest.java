package dev.fluentcrm.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fluentcrm.codegen.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify-live} through the command line against a crafted site on 127.0.0.1. */
class VerifyLiveCommandTest {
    @TempDir
    Path dir;

    private CraftedSite site;
    private Path spec;

    record Run(int exit, String out, String err) {}

    @BeforeEach
    void craftedSite() throws Exception {
        spec = Path.of(
                VerifyLiveCommandTest.class.getResource("/crafted/spec.yaml").toURI());
        site = new CraftedSite()
                .answer("GET", "/wp-json/fluent-crm/v2", 200, """
                        {"namespace":"fluent-crm/v2","routes":{
                          "/fluent-crm/v2":{"methods":["GET"]},
                          "/fluent-crm/v2/tags":{"methods":["GET"]},
                          "/fluent-crm/v2/tags/(?P<id>[\\\\d]+)":{"methods":["GET"]},
                          "/fluent-crm/v2/tags/(?P<tag_id>[\\\\d]+)/usage":{"methods":["GET"]},
                          "/fluent-crm/v2/extra/(?P<slug>[\\\\w-]+)":{"methods":["POST"]}}}""")
                .answer("GET", "/wp-json/wp/v2/plugins?context=view", 200, """
                        [{"plugin":"fluent-crm/fluent-crm","status":"active","version":"9.9.0"},
                         {"plugin":"fluentcampaign-pro/fluentcampaign-pro","status":"inactive","version":"2.8.45"}]""")
                .answer("GET", "/wp-json/fluent-crm/v2/tags", 200, """
                        {"tags":[{"id":3,"title":"VIP","usage_percent":"1.17","owner":null}]}""")
                .answer("GET", "/wp-json/fluent-crm/v2/tags/3", 200, """
                        {"tag":{"id":3,"title":["VIP"],"owner":{"name":5}}}""")
                .answer("GET", "/wp-json/fluent-crm/v2/tags/3/usage?period=month", 200, "{\"count\":4}");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** {@code verify-live} against {@code site} as {@code admin}, the password from {@code passwordEnv}, then {@code more}. */
    private static Run verifyLive(String site, String passwordEnv, String... more) {
        List<String> args = new ArrayList<>(
                List.of("verify-live", "--site", site, "--user", "admin", "--app-password-env", passwordEnv));
        args.addAll(List.of(more));
        return cli(args.toArray(String[]::new));
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void reportsEveryMismatchOnItsOwnLine() throws Exception {
        Path report = dir.resolve("out/report.json");
        Run run = verifyLive(
                site.url(), "VERIFY_LIVE_TEST_PASSWORD", "--spec", spec.toString(), "--report", report.toString());

        String api = site.url() + "/wp-json/fluent-crm/v2";
        List<String> lines = run.out().lines().toList();
        assertThat(run.err()).isEmpty();
        assertThat(lines.subList(0, 5))
                .containsExactly(
                        "missing-route getReport GET " + api
                                + "/reports spec#/paths/~1reports/get: expected the site to"
                                + " register the route (or notRegisteredIn to name FluentCRM 9.9.0), sent no such route in the index",
                        "undocumented-route - POST " + api
                                + "/extra/{slug}: expected an operation in the spec (or an entry"
                                + " of x-fluentcrm-unlisted-routes), sent a registered route",
                        "schema listTags GET " + api + "/tags body#/tags/0/usage_percent"
                                + " spec#/components/schemas/Tag/properties/usage_percent/type: expected number, sent \"1.17\"",
                        "schema getTag GET " + api + "/tags/3 body#/tag/title"
                                + " spec#/components/schemas/Tag/properties/title/type: expected string, sent [\"VIP\"]",
                        "schema getTag GET " + api + "/tags/3 body#/tag/owner/name"
                                + " spec#/components/schemas/Owner/properties/name/type: expected string, sent 5");
        assertThat(lines.get(5))
                .isEqualTo(
                        "decode getTag GET " + api
                                + "/tags/3 body#/tag/title spec#/paths/~1tags~1{id}/get/responses/200:"
                                + " expected a body the generated types decode, sent GetTagResponse at GetTagResponse[\"tag\"]->Tag[\"title\"]:"
                                + " Cannot deserialize value of type `java.lang.String` from Array value (token `JsonToken.START_ARRAY`)");
        assertThat(lines.get(6))
                .isEqualTo("skipped listLists GET " + api + "/lists: expected not registered in FluentCRM 9.9.0"
                        + " (x-fluentcrm-availability), sent no route, as documented");
        assertThat(lines.get(7))
                .isEqualTo(
                        "verify-live: 6 mismatches (1 missing-route, 1 undocumented-route, 3 schema, 1 decode); site "
                                + api
                                + " (FluentCRM 9.9.0), 5 routes, 5 operations in the spec, 3 calls, 0 declared errors,"
                                + " 1 skipped; types from the model generated from the spec");
        assertThat(lines).hasSize(8);
        assertThat(run.exit()).isEqualTo(1);
        // The required query parameter came from the spec's example; the id from the list.
        assertThat(site.requests).contains("GET /wp-json/fluent-crm/v2/tags/3/usage?period=month");

        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("mismatches").asInt()).isEqualTo(6);
        assertThat(json.get("release").asText()).isEqualTo("FluentCRM 9.9.0");
        assertThat(json.get("findings")).hasSize(7);
        assertThat(json.at("/findings/3/bodyPointer").asText()).isEqualTo("/tags/0/usage_percent");
        assertThat(json.at("/findings/3/schemaPointer").asText())
                .isEqualTo("#/components/schemas/Tag/properties/usage_percent/type");
        assertThat(Files.readString(report)).doesNotContain(CraftedSite.PASSWORD);
        assertThat(run.out() + run.err()).doesNotContain(CraftedSite.PASSWORD).doesNotContain("EFGH");
    }

    @Test
    void answersThatMatchExitZero() {
        site.answer(
                        "GET",
                        "/wp-json/fluent-crm/v2/tags",
                        200,
                        "{\"tags\":[{\"id\":3,\"title\":\"VIP\",\"usage_percent\":1.17,\"owner\":null}]}")
                .answer(
                        "GET",
                        "/wp-json/fluent-crm/v2/tags/3",
                        200,
                        "{\"tag\":{\"id\":3,\"title\":\"VIP\",\"owner\":{\"name\":\"Ada\"}}}")
                .answer("GET", "/wp-json/fluent-crm/v2", 200, """
                        {"routes":{"/fluent-crm/v2":{"methods":["GET"]},"/fluent-crm/v2/tags":{"methods":["GET"]},
                          "/fluent-crm/v2/tags/(?P<id>[\\\\d]+)":{"methods":["GET"]},
                          "/fluent-crm/v2/tags/(?P<id>[\\\\d]+)/usage":{"methods":["GET"]},
                          "/fluent-crm/v2/reports":{"methods":["GET"]}}}""")
                .answer("GET", "/wp-json/fluent-crm/v2/reports", 200, "{}");
        Run run = verifyLive(site.url() + "/", "VERIFY_LIVE_TEST_PASSWORD", "--spec", spec.toString());
        assertThat(run.out()).startsWith("skipped listLists").contains("verify-live: 0 mismatches; site");
        assertThat(run.exit()).isZero();
    }

    @Test
    void aWrongPasswordIsOneClearLine() {
        // The crafted site accepts only CraftedSite.PASSWORD: any other makes the index answer 401.
        Run run = verifyLive(site.url(), "VERIFY_LIVE_TEST_NORIGHTS", "--spec", spec.toString());
        assertThat(run.err())
                .isEqualTo(
                        "error: GET " + site.url() + "/wp-json/fluent-crm/v2 answered 401 (is FluentCRM active on the"
                                + " site?): {\"code\":\"incorrect_password\",\"message\":\"wrong\"}\n");
        assertThat(run.err()).doesNotContain("nope");
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void aSiteThatIsDownIsOneClearLine() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Run run = verifyLive("http://127.0.0.1:" + port, "VERIFY_LIVE_TEST_PASSWORD", "--spec", spec.toString());
        assertThat(run.err())
                .isEqualTo("error: the site does not answer: GET http://127.0.0.1:" + port
                        + "/wp-json/fluent-crm/v2: connection refused (is the site running?)\n");
        assertThat(run.out()).isEmpty();
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void usageErrorsExitTwo() throws URISyntaxException {
        Run unset = verifyLive(site.url(), "NO_SUCH_VARIABLE_SET_HERE");
        assertThat(unset.err())
                .isEqualTo(
                        "error: --app-password-env: the environment variable NO_SUCH_VARIABLE_SET_HERE is not set\n");
        assertThat(unset.exit()).isEqualTo(2);

        Run missingSpec = verifyLive(
                site.url(),
                "VERIFY_LIVE_TEST_PASSWORD",
                "--spec",
                dir.resolve("nope.yaml").toString());
        assertThat(missingSpec.err()).isEqualTo("error: " + dir.resolve("nope.yaml") + ": no such file\n");
        assertThat(missingSpec.exit()).isEqualTo(2);

        Run noSite = cli("verify-live", "--user", "admin", "--app-password-env", "VERIFY_LIVE_TEST_PASSWORD");
        assertThat(noSite.err()).startsWith("Missing required option: '--site=URL'");
        assertThat(noSite.exit()).isEqualTo(2);
    }
}
