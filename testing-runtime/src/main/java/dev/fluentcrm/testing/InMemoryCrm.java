package dev.fluentcrm.testing;

import static dev.fluentcrm.testing.Records.JSON;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fluentcrm.server.error.ApiError;
import dev.fluentcrm.server.route.Call;
import dev.fluentcrm.server.route.Route;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The stateful mode's data: contacts with their notes, tags, lists and companies, kept as JSON and
 * answering as FluentCRM's controllers do, for the operations listed in {@link #InMemoryCrm}; any
 * other operation keeps its fixture. One lock guards it all: tests are not load tests.
 */
final class InMemoryCrm {
    private static final Set<String> NOT_CONTACT_FIELDS = Set.of(
            "id",
            "tags",
            "lists",
            "attach_tags",
            "detach_tags",
            "attach_lists",
            "detach_lists",
            "hash",
            "created_at",
            "updated_at");

    private static final ObjectMapper READER = new ObjectMapper();

    private final Records tags = new Records("FluentCrm\\App\\Models\\Tag");
    private final Records lists = new Records("FluentCrm\\App\\Models\\Lists");
    private final Records contacts = new Records("FluentCrm\\App\\Models\\Subscriber");
    private final Records notes = new Records("FluentCrm\\App\\Models\\SubscriberNote");
    private final Records companies = new Records("FluentCrm\\App\\Models\\Company");
    private final Function<String, String> fixtures;
    private final Map<String, Route.Handler> handlers = new HashMap<>();

    /** @param fixtures the fixture JSON of an operation, for what the store does not model (note types) */
    InMemoryCrm(Function<String, String> fixtures) {
        this.fixtures = fixtures;
        handle(
                "listTags",
                call -> Records.page(
                        tags.sorted(
                                t -> Records.matches(
                                        call.paramsJson().get("search"), t, "title", "slug", "description"),
                                "asc".equalsIgnoreCase(Records.text(call.paramsJson(), "sort_order"))),
                        call.paramsJson()));
        handle("createTag", call -> saveLabel(tags, call.bodyJson(), "tag"));
        handle("getTag", call -> JSON.objectNode().set("tag", tags.existing(Records.pathId(call, "id"))));
        handle("updateTag", call -> updateLabel(tags, call, "tag"));
        handle("deleteTag", call -> {
            tags.remove(Records.pathId(call, "id"));
            return Records.message("Successfully removed the tag.");
        });
        handle("listLists", call -> {
            JsonNode params = call.paramsJson();
            var matching = lists.sorted(
                    l -> Records.matches(params.get("search"), l, "title", "slug", "description"),
                    !"desc".equalsIgnoreCase(Records.text(params, "sort_order")));
            ObjectNode answer = JSON.objectNode();
            answer.set(
                    "lists",
                    JSON.arrayNode().addAll(Records.page(matching, params).items()));
            answer.putObject("pagination").put("total", matching.size());
            return answer;
        });
        handle("createList", call -> saveLabel(lists, call.bodyJson(), "list"));
        handle("getList", call -> lists.existing(Records.pathId(call, "id")));
        handle("updateList", call -> updateLabel(lists, call, "list"));
        handle("deleteList", call -> {
            lists.remove(Records.pathId(call, "id"));
            return Records.message("Successfully removed the list.");
        });
        handle(
                "listCompanies",
                call -> Records.page(
                        companies.sorted(
                                c -> Records.matches(call.paramsJson().get("search"), c, "name", "email", "website"),
                                false),
                        call.paramsJson()));
        handle("createCompany", call -> createCompany(call.bodyJson()));
        handle("getCompany", call -> JSON.objectNode().set("company", companies.existing(Records.pathId(call, "id"))));
        handle("updateCompany", call -> updateCompany(Records.pathId(call, "id"), call.bodyJson()));
        handle("deleteCompany", call -> {
            companies.remove(Records.pathId(call, "id"));
            return Records.message("Company has been deleted");
        });
        handle("listContacts", this::listContacts);
        handle("createContact", call -> createContact(call.bodyJson()));
        handle("getContact", call -> {
            ObjectNode answer = JSON.objectNode();
            answer.set("subscriber", view(contacts.existing(Records.pathId(call, "id"))));
            answer.putArray("custom_fields");
            return answer;
        });
        handle("updateContact", call -> updateContact(Records.pathId(call, "id"), call.bodyJson()));
        handle("deleteContact", call -> {
            long id = Records.pathId(call, "id");
            contacts.remove(id);
            notes.all().stream()
                    .filter(note -> note.path("subscriber_id").asLong() == id)
                    .forEach(note -> notes.remove(note.path("id").asLong()));
            return Records.message("Selected Subscriber has been deleted successfully");
        });
        handle("listContactNotes", this::listNotes);
        handle("createContactNote", call -> createNote(Records.pathId(call, "id"), call.bodyJson()));
        handle("updateContactNote", call -> updateNote(call, call.bodyJson()));
        handle("deleteContactNote", call -> {
            existingNote(call);
            notes.remove(Records.pathId(call, "note_id"));
            return Records.message("Note successfully deleted");
        });
    }

    /** {@code route} answered by this store when it models the operation, else as it was. */
    Route bind(Route route) {
        Route.Handler handler = handlers.get(route.operationId());
        return handler == null ? route : route.withHandler(handler);
    }

    private void handle(String operationId, Route.Handler handler) {
        handlers.put(operationId, call -> {
            synchronized (this) {
                return handler.handle(call);
            }
        });
    }

    /** A tag or a list: the slug from the title unless given, unique; answered as {@code {lists, item, message}}. */
    private static ObjectNode saveLabel(Records store, JsonNode body, String kind) {
        String title = Records.text(body, "title");
        String given = Records.text(body, "slug");
        String slug = given == null || given.isBlank() ? Records.slug(title) : given;
        if (store.any(r -> slug.equals(r.path("slug").asText()))) {
            throw Records.invalid("slug", "unique", "The slug has already been taken.");
        }
        String now = Records.now();
        ObjectNode label =
                JSON.objectNode().put("id", store.nextId()).put("title", title).put("slug", slug);
        label.set("description", body.path("description").isMissingNode() ? JSON.nullNode() : body.get("description"));
        label.put("created_at", now).put("updated_at", now);
        store.put(label);
        ObjectNode answer = JSON.objectNode();
        answer.set("lists", label);
        answer.set("item", label);
        return answer.put("message", "Successfully saved the " + kind + ".");
    }

    private static ObjectNode updateLabel(Records store, Call call, String kind) {
        long id = Records.pathId(call, "id");
        ObjectNode label = store.existing(id).deepCopy();
        JsonNode body = call.bodyJson();
        String title = Records.text(body, "title");
        String description = Records.text(body, "description");
        String slug = Records.text(body, "slug");
        if (title != null) {
            label.put("title", title);
        }
        if (description != null) {
            label.put("description", description);
        }
        if (slug != null && !slug.isBlank()) {
            label.put("slug", slug);
        }
        store.put(label.put("updated_at", Records.now()));
        return JSON.objectNode().put("lists", id).put("message", "Successfully saved the " + kind + ".");
    }

    private ObjectNode createCompany(JsonNode body) {
        String name = Records.text(body, "name");
        if (companies.any(c -> c.path("name").asText().equalsIgnoreCase(name))) {
            throw Records.invalid("name", "unique", "The name has already been taken.");
        }
        String now = Records.now();
        ObjectNode company = JSON.objectNode().put("id", companies.nextId());
        Records.copyGiven(body, company, Set.of("id", "created_at", "updated_at", "contacts_count"));
        company.put("created_at", now).put("updated_at", now).put("contacts_count", 0);
        companies.put(company);
        ObjectNode answer = Records.message("Company has been created");
        answer.set("company", company);
        return answer;
    }

    private ObjectNode updateCompany(long id, JsonNode body) {
        ObjectNode company = companies.existing(id).deepCopy();
        Records.copyGiven(body, company, Set.of("id", "created_at", "updated_at", "contacts_count"));
        companies.put(company.put("updated_at", Records.now()));
        ObjectNode answer = Records.message("Company has been updated");
        answer.set("company", company);
        return answer;
    }

    private Object listContacts(Call call) {
        JsonNode params = call.paramsJson();
        Set<Long> wantedTags = Records.ids(params.get("tags[]"));
        Set<Long> wantedLists = Records.ids(params.get("lists[]"));
        JsonNode statuses = params.get("statuses[]");
        var matching = contacts.sorted(
                c -> Records.matches(params.get("search"), c, "email", "first_name", "last_name", "full_name", "phone")
                        && anyOf(wantedTags, Records.ids(c.get("tags")))
                        && anyOf(wantedLists, Records.ids(c.get("lists")))
                        && (statuses == null
                                || statuses.isEmpty()
                                || contains(statuses, c.path("status").asText())),
                "asc".equalsIgnoreCase(Records.text(params, "sort_type")));
        return Records.page(
                matching.stream().map(c -> (JsonNode) view((ObjectNode) c)).toList(), params);
    }

    private static boolean anyOf(Set<Long> wanted, Set<Long> held) {
        return wanted.isEmpty() || wanted.stream().anyMatch(held::contains);
    }

    private static boolean contains(JsonNode values, String value) {
        for (JsonNode candidate : values) {
            if (candidate.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private ObjectNode createContact(JsonNode body) {
        String email =
                Objects.requireNonNullElse(Records.text(body, "email"), "").strip();
        if (contacts.any(c -> c.path("email").asText().equalsIgnoreCase(email))) {
            throw Records.invalid("email", "unique", "Provided email already assigned to another subscriber.");
        }
        long id = contacts.nextId();
        String now = Records.now();
        ObjectNode contact = JSON.objectNode().put("id", id).put("hash", Integer.toHexString(Objects.hash(id, email)));
        Records.copyGiven(body, contact, NOT_CONTACT_FIELDS);
        contact.put("email", email);
        contact.put("status", Objects.requireNonNullElse(Records.text(body, "status"), "subscribed"));
        contact.put("full_name", fullName(contact));
        contact.put(
                "photo",
                "https://www.gravatar.com/avatar/"
                        + Integer.toHexString(email.toLowerCase(Locale.ROOT).hashCode()));
        contact.put("created_at", now).put("updated_at", now);
        contact.set("tags", idArray(Records.ids(body.get("tags"))));
        contact.set("lists", idArray(Records.ids(body.get("lists"))));
        contacts.put(contact);
        ObjectNode answer = Records.message("Contact has been added");
        answer.set("contact", view(contact));
        return answer.put("action_type", "created");
    }

    private ObjectNode updateContact(long id, JsonNode body) {
        ObjectNode old = contacts.existing(id);
        ObjectNode contact = old.deepCopy();
        JsonNode change = body == null ? JSON.objectNode() : body.path("subscriber");
        String email = Records.text(change, "email");
        if (email != null
                && contacts.any(c ->
                        c.path("id").asLong() != id && c.path("email").asText().equalsIgnoreCase(email))) {
            throw Records.invalid("email", "unique", "Provided email already assigned to another subscriber.");
        }
        Records.copyGiven(change, contact, NOT_CONTACT_FIELDS);
        contact.put("full_name", fullName(contact));
        var tagIds = Records.ids(contact.get("tags"));
        tagIds.addAll(Records.ids(change.get("attach_tags")));
        tagIds.removeAll(Records.ids(change.get("detach_tags")));
        var listIds = Records.ids(contact.get("lists"));
        listIds.addAll(Records.ids(change.get("attach_lists")));
        listIds.removeAll(Records.ids(change.get("detach_lists")));
        contact.set("tags", idArray(tagIds));
        contact.set("lists", idArray(listIds));
        boolean dirty = !contact.equals(old);
        contacts.put(dirty ? contact.put("updated_at", Records.now()) : contact);
        ObjectNode answer = Records.message("Subscriber successfully updated");
        answer.set("contact", view(contact));
        return answer.put("isDirty", dirty);
    }

    /** The contact as the API shows it: its tags and lists (kept as ids) resolved from their stores. */
    private ObjectNode view(ObjectNode stored) {
        ObjectNode view = stored.deepCopy();
        view.set("tags", resolve(tags, stored.get("tags")));
        view.set("lists", resolve(lists, stored.get("lists")));
        return view;
    }

    private static JsonNode resolve(Records store, JsonNode ids) {
        var resolved = JSON.arrayNode();
        Records.ids(ids).stream().map(store::find).filter(Objects::nonNull).forEach(resolved::add);
        return resolved;
    }

    private static JsonNode idArray(Set<Long> ids) {
        var array = JSON.arrayNode();
        ids.forEach(array::add);
        return array;
    }

    private static String fullName(JsonNode contact) {
        String first = Objects.requireNonNullElse(Records.text(contact, "first_name"), "");
        String last = Objects.requireNonNullElse(Records.text(contact, "last_name"), "");
        return (first + " " + last).strip();
    }

    private Object listNotes(Call call) {
        long id = Records.pathId(call, "id");
        contacts.existing(id);
        JsonNode params = call.paramsJson();
        var mine = notes.sorted(
                n -> n.path("subscriber_id").asLong() == id
                        && Records.matches(params.get("search"), n, "title", "description"),
                false);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("notes", Records.page(mine, params));
        // The note types FluentCRM offers are site settings; the fixture's are as good as any.
        answer.put("fields", fixtureField("listContactNotes", "fields"));
        return answer;
    }

    private JsonNode fixtureField(String operationId, String field) {
        try {
            return READER.readTree(fixtures.apply(operationId)).path(field);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The fixture of " + operationId + " is not JSON", e);
        }
    }

    private ObjectNode createNote(long contactId, JsonNode body) {
        contacts.existing(contactId);
        JsonNode input = body.path("note");
        String now = Records.now();
        ObjectNode note = JSON.objectNode().put("id", notes.nextId()).put("subscriber_id", contactId);
        note.put("type", Records.text(input, "type"));
        note.put("title", Records.text(input, "title"));
        note.put("description", Records.text(input, "description"));
        note.put("status", "open");
        note.put("created_at", Objects.requireNonNullElse(Records.text(input, "created_at"), now));
        note.put("updated_at", now);
        notes.put(note);
        ObjectNode answer = JSON.objectNode();
        answer.set("note", note);
        return answer.put("message", "Note has been successfully added");
    }

    private ObjectNode updateNote(Call call, JsonNode body) {
        ObjectNode note = existingNote(call).deepCopy();
        JsonNode input = body.path("note");
        for (String field : new String[] {"type", "title", "description"}) {
            if (Records.text(input, field) != null) {
                note.put(field, Records.text(input, field));
            }
        }
        notes.put(note.put("updated_at", Records.now()));
        ObjectNode answer = JSON.objectNode();
        answer.set("note", note);
        return answer.put("message", "Note successfully updated");
    }

    private ObjectNode existingNote(Call call) {
        long contactId = Records.pathId(call, "id");
        contacts.existing(contactId);
        ObjectNode note = notes.existing(Records.pathId(call, "note_id"));
        if (note.path("subscriber_id").asLong() != contactId) {
            throw ApiError.message(
                    404,
                    "No query results for model [FluentCrm\\App\\Models\\SubscriberNote] "
                            + note.path("id").asLong());
        }
        return note;
    }
}
