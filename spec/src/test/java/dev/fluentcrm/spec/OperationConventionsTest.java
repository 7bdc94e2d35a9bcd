package dev.fluentcrm.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every operation follows the conventions of spec/README.md; each failure names the operation. */
class OperationConventionsTest {
    private static final Pattern JAVA_METHOD_NAME = Pattern.compile("^[a-z][a-z0-9]*([A-Z][a-z0-9]*)*[A-Z]?$");
    private static final List<String> VERBS = List.of(
            "list",
            "get",
            "create",
            "update",
            "delete",
            "add",
            "remove",
            "attach",
            "detach",
            "send",
            "search",
            "save",
            "sync",
            "track",
            "import",
            "export",
            "duplicate",
            "clone",
            "pause",
            "resume",
            "schedule",
            "unschedule",
            "cancel",
            "preview",
            "estimate",
            "count",
            "handle",
            "install",
            "activate",
            "deactivate",
            "reset",
            "run",
            "test",
            "verify",
            "change",
            "apply",
            "bulk",
            "do",
            "resend",
            "upload",
            "set",
            "subscribe",
            "unsubscribe",
            "mark",
            "complete",
            "check",
            "restore",
            "generate",
            "render",
            "refresh",
            "publish",
            "archive",
            "move",
            "copy",
            "enable",
            "disable",
            "toggle",
            "start",
            "stop",
            "connect",
            "disconnect",
            "retry",
            "trigger",
            "process",
            "purge",
            "clear",
            "merge",
            "validate",
            "fetch",
            "draft",
            "replace",
            "patch",
            "store",
            "register",
            "revoke",
            "approve",
            "reject",
            "cleanup",
            "empty",
            "ping",
            "download",
            "resync",
            "upsert",
            "rename",
            "advance",
            "receive",
            "reapply");

    @Test
    void operationIdsAreUniqueJavaMethodNamesThatStartWithAVerb() {
        Map<String, String> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        BundledSpec.forEachOperation(op -> {
            String id = op.node().path("operationId").asText("");
            if (!JAVA_METHOD_NAME.matcher(id).matches()) {
                problems.add(op + ": operationId '" + id + "' is not a camelCase Java method name");
            }
            String verb = id.split("(?=[A-Z])")[0];
            if (!VERBS.contains(verb)) {
                problems.add(op + ": operationId '" + id + "' does not start with a verb");
            }
            String earlier = seen.putIfAbsent(id, op.toString());
            if (earlier != null) {
                problems.add(op + ": operationId '" + id + "' is also used by " + earlier);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyOperationHasOneTagASummaryAndADescription() {
        List<String> problems = new ArrayList<>();
        BundledSpec.forEachOperation(op -> {
            if (op.node().path("tags").size() != 1) {
                problems.add(op + ": needs exactly one tag");
            }
            if (op.node().path("summary").asText("").isBlank()) {
                problems.add(op + ": has no summary");
            }
            if (op.node().path("description").asText("").length() < 30) {
                problems.add(op + ": needs a description of at least a sentence");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyOperationDescribesSuccessAndFailure() {
        List<String> problems = new ArrayList<>();
        BundledSpec.forEachOperation(op -> {
            JsonNode responses = op.node().path("responses");
            if (!responses.has("default")) {
                problems.add(op + ": has no default response");
            }
            boolean isPublic = op.path().startsWith("/public/");
            if (!isPublic && !(responses.has("401") && responses.has("403"))) {
                problems.add(op + ": an authenticated operation must describe 401 and 403");
            }
            JsonNode ok = responses.path("200");
            if (ok.isMissingNode()) {
                problems.add(op + ": has no 200 response (FluentCRM always answers 200 on success)");
                return;
            }
            BundledSpec.deref(ok).path("content").fields().forEachRemaining(media -> {
                JsonNode schema = BundledSpec.deref(media.getValue().path("schema"));
                if (schema.isMissingNode()) {
                    problems.add(op + ": 200 " + media.getKey() + " has no schema");
                } else if (isBareObject(schema)) {
                    problems.add(op + ": 200 " + media.getKey() + " is a bare 'type: object'");
                }
                if (!media.getValue().has("example")) {
                    problems.add(op + ": 200 " + media.getKey() + " has no example");
                }
            });
            if (BundledSpec.deref(ok).path("content").isEmpty()) {
                problems.add(op + ": 200 has no content");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void securityIsGlobalBasicAuthExceptForTheBounceHandler() {
        JsonNode document = BundledSpec.document();
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.size()).isEqualTo(1);
        JsonNode scheme = schemes.elements().next();
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("basic");
        assertThat(document.path("security").toString())
                .isEqualTo("[{\"" + schemes.fieldNames().next() + "\":[]}]");

        List<String> problems = new ArrayList<>();
        BundledSpec.forEachOperation(op -> {
            JsonNode security = op.node().get("security");
            boolean isPublic = op.path().startsWith("/public/");
            if (isPublic && (security == null || !security.isEmpty())) {
                problems.add(op + ": a public bounce-handler operation must declare 'security: []'");
            }
            if (!isPublic && security != null) {
                problems.add(op + ": should inherit the global security, not override it");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void pathParametersAreDeclaredRequiredAndTyped() {
        List<String> problems = new ArrayList<>();
        BundledSpec.forEachOperation(op -> {
            List<String> declared = new ArrayList<>();
            op.node().path("parameters").forEach(p -> {
                JsonNode parameter = BundledSpec.deref(p);
                if (!parameter.has("schema")) {
                    problems.add(op + ": parameter " + parameter.path("name").asText() + " has no schema");
                }
                if (parameter.path("in").asText().equals("path")) {
                    declared.add(parameter.path("name").asText());
                    if (!parameter.path("required").asBoolean()) {
                        problems.add(op + ": path parameter "
                                + parameter.path("name").asText() + " must be required");
                    }
                }
                if (parameter.path("name").asText().endsWith("[]")
                        && !parameter.path("explode").asBoolean(true)) {
                    problems.add(op + ": PHP array parameter "
                            + parameter.path("name").asText() + " must explode");
                }
            });
            var names = Pattern.compile("\\{([^}]+)}").matcher(op.path());
            while (names.find()) {
                if (!declared.contains(names.group(1))) {
                    problems.add(op + ": path parameter {" + names.group(1) + "} is not declared");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    private static boolean isBareObject(JsonNode schema) {
        return "object".equals(schema.path("type").asText())
                && schema.path("properties").isEmpty()
                && !schema.has("additionalProperties")
                && !schema.has("allOf")
                && !schema.has("oneOf")
                && !schema.has("anyOf");
    }
}
