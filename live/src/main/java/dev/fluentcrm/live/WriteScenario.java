package dev.fluentcrm.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fluentcrm.live.LiveSpec.SpecOperation;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Round trips on records it creates and deletes again (tags, lists, contacts with a note,
 * companies, a custom contact field), and the typed errors: 401 with a wrong password, 403 for a
 * user without FluentCRM rights, 422 with its field map, and reads of records just deleted. Every
 * answer is checked strictly: the status the step expects, the body against the spec, the
 * decoding. Whatever it created is deleted in the end, also when a step fails.
 */
final class WriteScenario {
    private final LiveSpec spec;
    private final SiteClient client;
    private final Credentials admin;
    private final Credentials noRights;
    private final AnswerChecker checker;
    private final RouteComparison routes;
    private final ObjectMapper json = new ObjectMapper();
    private final String stamp = Long.toString(System.currentTimeMillis(), 36);
    private final List<Finding> findings = new ArrayList<>();
    /** Deletions still owed, run last-in first-out. */
    private final Deque<Runnable> cleanup = new ArrayDeque<>();

    private int called;

    record Result(List<Finding> findings, int called) {}

    WriteScenario(
            LiveSpec spec,
            SiteClient client,
            Credentials admin,
            Credentials noRights,
            AnswerChecker checker,
            RouteComparison routes) {
        this.spec = spec;
        this.client = client;
        this.admin = admin;
        this.noRights = noRights;
        this.checker = checker;
        this.routes = routes;
    }

    Result run() {
        try {
            errors();
            String tag = tags();
            String list = lists();
            contacts(tag, list);
            if (tag != null) {
                deleteNow("deleteTag", tag);
                call("getTag", Map.of("id", tag), null, -1, admin);
            }
            if (list != null) {
                deleteNow("deleteList", list);
                call("getList", Map.of("id", list), null, -1, admin);
            }
            companies();
            customFields();
        } finally {
            while (!cleanup.isEmpty()) {
                cleanup.pop().run();
            }
        }
        return new Result(findings, called);
    }

    private void errors() {
        call("listTags", Map.of(), null, 401, admin.withWrongPassword());
        if (noRights != null) {
            call("listTags", Map.of(), null, 403, noRights);
        }
        JsonNode invalid = call("createTag", Map.of(), json.createObjectNode(), 422, admin);
        if (invalid != null && !invalid.path("title").isObject()) {
            scenario("createTag", "POST /tags without a title", "", "a field map with title", Bodies.value(invalid));
        }
    }

    private String tags() {
        ObjectNode body =
                json.createObjectNode().put("title", "verify-live " + stamp).put("slug", "verify-live-" + stamp);
        String id = created("createTag", Map.of(), body, "/item/id", "deleteTag");
        if (id != null) {
            JsonNode read = call("getTag", Map.of("id", id), null, 200, admin);
            expectText("getTag", read, "/tag/slug", "verify-live-" + stamp);
            call(
                    "updateTag",
                    Map.of("id", id),
                    body.deepCopy().put("description", "changed by verify-live"),
                    200,
                    admin);
        }
        return id;
    }

    private String lists() {
        ObjectNode body =
                json.createObjectNode().put("title", "verify-live " + stamp).put("slug", "verify-live-" + stamp);
        String id = created("createList", Map.of(), body, "/lists/id", "deleteList");
        if (id != null) {
            call("getList", Map.of("id", id), null, 200, admin);
            call(
                    "updateList",
                    Map.of("id", id),
                    body.deepCopy().put("description", "changed by verify-live"),
                    200,
                    admin);
        }
        return id;
    }

    private void contacts(String tag, String list) {
        ObjectNode body = json.createObjectNode()
                .put("email", "verify-live-" + stamp + "@example.com")
                .put("first_name", "Verify")
                .put("last_name", "Live")
                .put("status", "subscribed");
        if (tag != null) {
            body.putArray("tags").add(Long.parseLong(tag));
        }
        if (list != null) {
            body.putArray("lists").add(Long.parseLong(list));
        }
        String id = created("createContact", Map.of(), body, "/contact/id", "deleteContact");
        if (id == null) {
            return;
        }
        JsonNode read = call("getContact", Map.of("id", id), null, 200, admin);
        expectText("getContact", read, "/subscriber/email", "verify-live-" + stamp + "@example.com");
        ObjectNode update = json.createObjectNode();
        update.putObject("subscriber").put("first_name", "Verified");
        call("updateContact", Map.of("id", id), update, 200, admin);

        ObjectNode note = json.createObjectNode();
        note.putObject("note")
                .put("title", "verify-live")
                .put("description", "<p>made by verify-live</p>")
                .put("type", "note");
        JsonNode createdNote = call("createContactNote", Map.of("id", id), note, 200, admin);
        String noteId = text(createdNote, "/note/id");
        call("listContactNotes", Map.of("id", id), null, 200, admin);
        if (noteId != null) {
            ((ObjectNode) note.get("note")).put("title", "verify-live changed");
            call("updateContactNote", Map.of("id", id, "note_id", noteId), note, 200, admin);
            call("deleteContactNote", Map.of("id", id, "note_id", noteId), null, 200, admin);
        } else {
            scenario(
                    "createContactNote",
                    "POST /subscribers/" + id + "/notes",
                    "/note/id",
                    "the new note's id",
                    Bodies.value(createdNote));
        }
        deleteNow("deleteContact", id);
        call("getContact", Map.of("id", id), null, -1, admin);
    }

    private void companies() {
        ObjectNode body = json.createObjectNode().put("name", "verify-live " + stamp);
        String id = created("createCompany", Map.of(), body, "/company/id", "deleteCompany");
        if (id == null) {
            return;
        }
        call("getCompany", Map.of("id", id), null, 200, admin);
        call("updateCompany", Map.of("id", id), body.deepCopy().put("industry", "Testing"), 200, admin);
        deleteNow("deleteCompany", id);
        // The typed 404: companies answer a missing record with Laravel's "No query results".
        call("getCompany", Map.of("id", id), null, 404, admin);
    }

    /** Adds a field to the definitions and puts the original definitions back. */
    private void customFields() {
        JsonNode before = call("listContactCustomFields", Map.of(), null, 200, admin);
        if (before == null || !before.path("fields").isArray()) {
            return;
        }
        ArrayNode original = (ArrayNode) before.get("fields");
        ObjectNode restore = json.createObjectNode();
        restore.set("fields", original.deepCopy());
        cleanup.push(() -> call("replaceContactCustomFields", Map.of(), restore, 200, admin));
        ObjectNode changed = json.createObjectNode();
        ArrayNode fields = changed.putArray("fields");
        fields.addAll(original.deepCopy());
        fields.addObject()
                .put("label", "verify-live " + stamp)
                .put("slug", "verify_live_" + stamp)
                .put("type", "text")
                .put("group", "default");
        JsonNode saved = call("replaceContactCustomFields", Map.of(), changed, 200, admin);
        if (saved != null && !saved.path("fields").toString().contains("verify_live_" + stamp)) {
            scenario(
                    "replaceContactCustomFields",
                    "PUT /custom-fields/contacts",
                    "/fields",
                    "the new field verify_live_" + stamp,
                    Bodies.value(saved.path("fields")));
        }
    }

    /** Creates a record, takes its id from {@code idPointer} and owes its deletion; null when it failed. */
    private String created(
            String operationId, Map<String, String> path, JsonNode body, String idPointer, String delete) {
        JsonNode answer = call(operationId, path, body, 200, admin);
        String id = text(answer, idPointer);
        if (answer != null && id == null) {
            scenario(operationId, operationId, idPointer, "the new record's id", Bodies.value(answer));
        }
        if (id != null) {
            cleanup.push(() -> {
                if (!deleted.contains(delete + id)) {
                    call(delete, Map.of("id", id), null, 200, admin);
                }
            });
        }
        return id;
    }

    private final Set<String> deleted = new HashSet<>();

    private void deleteNow(String operationId, String id) {
        deleted.add(operationId + id);
        call(operationId, Map.of("id", id), null, 200, admin);
    }

    /**
     * Calls an operation and checks its answer; {@code expected} -1 accepts any status the
     * operation declares (a read of a deleted record: FluentCRM answers 404, 422 or 200 by
     * module). Returns the body, or null when the operation is not on the site or the body is not JSON.
     */
    private JsonNode call(String operationId, Map<String, String> path, JsonNode body, int expected, Credentials who) {
        SpecOperation operation = spec.operation(operationId);
        if (operation == null || !routes.registers(operation)) {
            findings.add(new Finding(
                    Finding.Kind.SKIPPED,
                    operationId,
                    "-",
                    "-",
                    null,
                    null,
                    "a write step",
                    operation == null
                            ? "none: the spec has no such operation"
                            : "none: the site does not register it"));
            return null;
        }
        String url = operation.path();
        for (Map.Entry<String, String> value : path.entrySet()) {
            url = url.replace("{" + value.getKey() + "}", value.getValue());
        }
        SiteClient.Exchange exchange = client.crm(operation.method(), url, body == null ? null : body.toString(), who);
        called++;
        List<Finding> found = checker.check(operation, exchange, expected == -1 ? exchange.status() : expected, true);
        findings.addAll(found);
        try {
            return exchange.body() == null || exchange.body().isBlank() ? null : json.readTree(exchange.body());
        } catch (IOException e) {
            return null;
        }
    }

    private void expectText(String operationId, JsonNode body, String pointer, String expected) {
        if (body != null && !expected.equals(body.at(pointer).asText())) {
            scenario(operationId, operationId, pointer, "\"" + expected + "\"", Bodies.value(body.at(pointer)));
        }
    }

    private static String text(JsonNode body, String pointer) {
        if (body == null) {
            return null;
        }
        JsonNode node = body.at(pointer);
        return node.isValueNode() && !node.asText().isEmpty() ? node.asText() : null;
    }

    private void scenario(String operationId, String call, String pointer, String expected, String actual) {
        findings.add(new Finding(Finding.Kind.SCENARIO, operationId, "-", call, pointer, null, expected, actual));
    }
}
