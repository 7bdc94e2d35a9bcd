package dev.fluentcrm.testing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fluentcrm.client.fixtures.Fixtures;
import dev.fluentcrm.client.server.FluentCrmRouter;
import dev.fluentcrm.server.route.Param;
import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.testing.MockFluentCrm;
import dev.fluentcrm.testing.RequestParts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hostile requests on every operation of the spec (fixed seed), against the stateless and the
 * stateful mock: missing and wrong credentials, hostile query and path values (characters the old
 * engine refused, bad escapes, huge numbers), and hostile bodies (deep nesting, huge numbers as
 * text, wrong shapes, broken JSON, floods). A failure is an answer that is missing, a 5xx, an
 * error that is not a JSON object, or a success without valid credentials; after the run every
 * stored record must still read back.
 */
class HostileRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> HOSTILE_TEXT = List.of(
            "a|b",
            "caf\u00e9",
            "{x}",
            "%zz",
            "%",
            "%00",
            "9".repeat(5000),
            "-1",
            "1e999999",
            "0x1F",
            "[]",
            "' OR 1=1 --",
            "<script>alert(1)</script>",
            "\u202e\u0000",
            "..%2F..%2Fetc%2Fpasswd");
    private static final List<String> HOSTILE_JSON = List.of(
            "{\"a\":".repeat(200) + "1" + "}".repeat(200),
            "[".repeat(60) + "]".repeat(60),
            "\"" + "9".repeat(200_000) + "\"",
            "1e400",
            "-0",
            "\"\\ud800\"",
            "{\"x\":" + "[1,".repeat(40) + "1" + "]".repeat(40) + "}",
            "[" + "1,".repeat(20_000) + "1]",
            "{}",
            "null",
            "true",
            "\"\"");
    private static final List<String> BROKEN_BODIES =
            List.of("{", "[1,2", "{\"a\" 1}", "nul", "{\"a\":1}}", "\u00ff\u00fe", "[]", "\"text\"", "12");

    @Test
    void everyOperationOfTheStatelessMockHolds() throws Exception {
        try (MockFluentCrm mock = MockFluentCrm.start()) {
            assertThat(attack(mock, new Random(17))).isEmpty();
        }
    }

    @Test
    void everyOperationOfTheStatefulMockHoldsAndItsStateReadsBack() throws Exception {
        try (MockFluentCrm mock = MockFluentCrm.startStateful()) {
            List<String> problems = attack(mock, new Random(1717));
            for (String list : List.of(
                    "/subscribers?per_page=1000", "/tags?per_page=1000", "/lists", "/companies?per_page=1000")) {
                Wire.Answer answer = Wire.call(mock.port(), "GET", list, null);
                if (answer == null || answer.status() != 200 || answer.json() == null) {
                    problems.add("after the attack, GET " + list + " answered " + answer);
                }
            }
            assertThat(problems).isEmpty();
        }
    }

    /** Every operation, attacked; the problems found. */
    private static List<String> attack(MockFluentCrm mock, Random random) throws Exception {
        List<String> problems = new ArrayList<>();
        int sent = 0;
        for (Route route : FluentCrmRouter.builder().routes()) {
            JsonNode valid = JSON.readTree(Fixtures.requestJson(route.operationId()));
            String path = path(route, valid);
            String query = RequestParts.query(valid);
            String body = valid.has("body") ? JSON.writeValueAsString(valid.get("body")) : null;
            List<Attempt> attempts = new ArrayList<>();
            attempts.add(new Attempt("no credentials", route.method(), path + query, body, null));
            attempts.add(new Attempt("wrong password", route.method(), path + query, body, Wire.WRONG_AUTH));
            attempts.add(new Attempt(
                    "unknown user",
                    route.method(),
                    path + query,
                    body,
                    "Basic " + Base64.getEncoder().encodeToString("nobody:x".getBytes(StandardCharsets.UTF_8))));
            attempts.add(new Attempt("not Base64", route.method(), path + query, body, "Basic !!!"));
            for (Param param : route.params()) {
                String hostile = HOSTILE_TEXT.get(random.nextInt(HOSTILE_TEXT.size()));
                if (param.in() == Param.In.PATH) {
                    String target = route.path().template().replace("{" + param.name() + "}", hostile);
                    attempts.add(new Attempt(
                            "path " + param.name() + "=" + abbreviate(hostile),
                            route.method(),
                            RequestParts.path(target, valid) + query,
                            body,
                            Wire.AUTH));
                } else if (param.in() == Param.In.QUERY) {
                    String separator = query.isEmpty() ? "?" : query + "&";
                    attempts.add(new Attempt(
                            "query " + param.name() + "=" + abbreviate(hostile),
                            route.method(),
                            path + separator + URLEncoder.encode(param.name(), StandardCharsets.UTF_8) + "=" + hostile,
                            body,
                            Wire.AUTH));
                }
            }
            if (route.body() != null) {
                JsonNode sample = valid.path("body");
                List<String> fields = new ArrayList<>();
                sample.fieldNames().forEachRemaining(fields::add);
                fields.add("undeclared_field");
                for (int i = 0; i < 3; i++) {
                    String field = fields.get(random.nextInt(fields.size()));
                    String hostile = HOSTILE_JSON.get(random.nextInt(HOSTILE_JSON.size()));
                    ObjectNode changed = sample.isObject() ? sample.deepCopy() : JSON.createObjectNode();
                    changed.set(field, JSON.readTree(hostile.replace("\\ud800", "x")));
                    String text = JSON.writeValueAsString(changed);
                    if (hostile.contains("\\ud800")) {
                        text = text.replace("\"x\"", hostile);
                    }
                    attempts.add(new Attempt(
                            "body " + field + "=" + abbreviate(hostile),
                            route.method(),
                            path + query,
                            text,
                            Wire.AUTH));
                }
                attempts.add(new Attempt(
                        "broken body",
                        route.method(),
                        path + query,
                        BROKEN_BODIES.get(random.nextInt(BROKEN_BODIES.size())),
                        Wire.AUTH));
                if (random.nextInt(10) == 0) {
                    attempts.add(new Attempt(
                            "flood", route.method(), path + query, "\"" + "x".repeat(1024 * 1024) + "\"", Wire.AUTH));
                }
            }
            for (Attempt attempt : attempts) {
                Wire.Answer answer = Wire.exchange(
                        mock.port(),
                        Wire.request(
                                attempt.method(),
                                Wire.API + attempt.target(),
                                attempt.body(),
                                "Authorization",
                                attempt.auth(),
                                "Content-Type",
                                attempt.body() == null ? null : "application/json"));
                sent++;
                String problem = Verdict.problem(answer, route.secured(), attempt.auth() == Wire.AUTH);
                if (problem != null) {
                    problems.add(route.operationId() + " (" + attempt.what() + "): " + problem);
                }
            }
        }
        assertThat(sent)
                .as("requests sent")
                .isGreaterThan(3 * FluentCrmRouter.builder().routes().size());
        return problems;
    }

    private record Attempt(String what, String method, String target, String body, String auth) {}

    private static String path(Route route, JsonNode valid) {
        return RequestParts.path(route.path().template(), valid);
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "...(" + text.length() + ")" : text;
    }
}
