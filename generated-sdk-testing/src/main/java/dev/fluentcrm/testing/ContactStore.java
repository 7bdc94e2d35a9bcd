package dev.fluentcrm.testing;

import dev.fluentcrm.client.fixtures.ContactsFixtures;
import dev.fluentcrm.client.model.Contact;
import dev.fluentcrm.client.model.ContactNoteInput;
import dev.fluentcrm.client.model.ContactNoteSaved;
import dev.fluentcrm.client.model.ContactStatus;
import dev.fluentcrm.client.model.ContactUpdate;
import dev.fluentcrm.client.model.CreateContactNoteRequest;
import dev.fluentcrm.client.model.CreateContactRequest;
import dev.fluentcrm.client.model.CreateContactResponse;
import dev.fluentcrm.client.model.CreateContactResponseActionType;
import dev.fluentcrm.client.model.GetContactParams;
import dev.fluentcrm.client.model.GetContactResponse;
import dev.fluentcrm.client.model.ListContactNotesParams;
import dev.fluentcrm.client.model.ListContactNotesResponse;
import dev.fluentcrm.client.model.ListContactsParams;
import dev.fluentcrm.client.model.ListContactsSortType;
import dev.fluentcrm.client.model.MailingList;
import dev.fluentcrm.client.model.Message;
import dev.fluentcrm.client.model.Note;
import dev.fluentcrm.client.model.Tag;
import dev.fluentcrm.client.model.UpdateContactNoteRequest;
import dev.fluentcrm.client.model.UpdateContactRequest;
import dev.fluentcrm.client.model.UpdateContactResponse;
import dev.fluentcrm.client.server.ContactsService;
import dev.fluentcrm.runtime.page.Page;
import dev.fluentcrm.server.error.ApiError;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Contacts and their notes in memory, answering as FluentCRM's SubscriberController does. Tags
 * and lists are kept as ids and resolved on each read, so renaming a tag shows on its contacts.
 */
final class ContactStore implements ContactsService {
    private final TagStore tags;
    private final ListStore lists;
    private final Map<Long, Stored> contacts = new TreeMap<>();
    private final Map<Long, Note> notes = new TreeMap<>();
    private long nextId = 1;
    private long nextNoteId = 1;

    /** A contact as written, with the ids of its tags and lists. */
    private record Stored(Contact contact, Set<Long> tagIds, Set<Long> listIds) {}

    ContactStore(TagStore tags, ListStore lists) {
        this.tags = tags;
        this.lists = lists;
    }

    @Override
    public synchronized Page<Contact> list(ListContactsParams params) {
        List<Stored> matching = new ArrayList<>();
        for (Stored stored : contacts.values()) {
            Contact c = stored.contact();
            if (Paging.matches(params.search(), c.email(), c.firstName(), c.lastName(), c.fullName(), c.phone())
                    && anyOf(params.tags(), stored.tagIds())
                    && anyOf(params.lists(), stored.listIds())
                    && (params.statuses() == null
                            || params.statuses().isEmpty()
                            || params.statuses().contains(c.status()))) {
                matching.add(stored);
            }
        }
        Comparator<Stored> order = Comparator.comparing(s -> s.contact().id());
        matching.sort(
                ListContactsSortType.ASC.equals(params.sortType())
                                || ListContactsSortType.ASC_LOWERCASE.equals(params.sortType())
                        ? order
                        : order.reversed());
        return Paging.page(matching.stream().map(this::view).toList(), params.page(), params.perPage());
    }

    private static boolean anyOf(List<Long> wanted, Set<Long> held) {
        return wanted == null || wanted.isEmpty() || wanted.stream().anyMatch(held::contains);
    }

    @Override
    public synchronized CreateContactResponse create(CreateContactRequest body) {
        String email = body.email().strip();
        if (contacts.values().stream().anyMatch(s -> s.contact().email().equalsIgnoreCase(email))) {
            throw ApiError.validation(
                    Map.of("email", Map.of("unique", "Provided email already assigned to another subscriber.")));
        }
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        long id = nextId++;
        Contact contact = Contact.builder()
                .id(id)
                .hash(Integer.toHexString(Objects.hash(id, email)))
                .email(email)
                .status(body.status() == null ? ContactStatus.SUBSCRIBED : body.status())
                .prefix(body.prefix())
                .firstName(body.firstName())
                .lastName(body.lastName())
                .fullName(fullName(body.firstName(), body.lastName()))
                .phone(body.phone())
                .addressLine1(body.addressLine1())
                .addressLine2(body.addressLine2())
                .city(body.city())
                .state(body.state())
                .postalCode(body.postalCode())
                .country(body.country())
                .timezone(body.timezone())
                .dateOfBirth(body.dateOfBirth())
                .source(body.source())
                .companyId(body.companyId())
                .customValues(body.customValues())
                .photo("https://www.gravatar.com/avatar/"
                        + Integer.toHexString(email.toLowerCase(Locale.ROOT).hashCode()))
                .createdAt(now)
                .updatedAt(now)
                .build();
        contacts.put(id, new Stored(contact, ids(body.tags()), ids(body.lists())));
        return CreateContactResponse.builder()
                .message("Contact has been added")
                .contact(view(contacts.get(id)))
                .actionType(CreateContactResponseActionType.CREATED)
                .build();
    }

    @Override
    public synchronized GetContactResponse get(Long id, GetContactParams params) {
        return GetContactResponse.builder()
                .subscriber(view(existing(id)))
                .customFields(List.of())
                .build();
    }

    @Override
    public synchronized UpdateContactResponse update(Long id, UpdateContactRequest body) {
        Stored stored = existing(id);
        ContactUpdate change = body.subscriber();
        Contact old = stored.contact();
        if (change.email() != null
                && contacts.values().stream()
                        .anyMatch(s -> !s.contact().id().equals(id)
                                && s.contact().email().equalsIgnoreCase(change.email()))) {
            throw ApiError.validation(
                    Map.of("email", Map.of("unique", "Provided email already assigned to another subscriber.")));
        }
        String first = pick(change.firstName(), old.firstName());
        String last = pick(change.lastName(), old.lastName());
        Contact contact = old.toBuilder()
                .email(pick(change.email(), old.email()))
                .status(pick(change.status(), old.status()))
                .prefix(pick(change.prefix(), old.prefix()))
                .firstName(first)
                .lastName(last)
                .fullName(fullName(first, last))
                .phone(pick(change.phone(), old.phone()))
                .city(pick(change.city(), old.city()))
                .state(pick(change.state(), old.state()))
                .country(pick(change.country(), old.country()))
                .postalCode(pick(change.postalCode(), old.postalCode()))
                .addressLine1(pick(change.addressLine1(), old.addressLine1()))
                .addressLine2(pick(change.addressLine2(), old.addressLine2()))
                .timezone(pick(change.timezone(), old.timezone()))
                .dateOfBirth(pick(change.dateOfBirth(), old.dateOfBirth()))
                .source(pick(change.source(), old.source()))
                .companyId(pick(change.companyId(), old.companyId()))
                .updatedAt(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS))
                .build();
        Set<Long> tagIds = new LinkedHashSet<>(stored.tagIds());
        tagIds.addAll(ids(change.attachTags()));
        tagIds.removeAll(ids(change.detachTags()));
        Set<Long> listIds = new LinkedHashSet<>(stored.listIds());
        listIds.addAll(ids(change.attachLists()));
        listIds.removeAll(ids(change.detachLists()));
        contacts.put(id, new Stored(contact, tagIds, listIds));
        return UpdateContactResponse.builder()
                .message("Subscriber successfully updated")
                .contact(view(contacts.get(id)))
                .isDirty(!contact.equals(old) || !tagIds.equals(stored.tagIds()) || !listIds.equals(stored.listIds()))
                .build();
    }

    @Override
    public synchronized Message deleteContact(Long id) {
        existing(id);
        contacts.remove(id);
        notes.values().removeIf(n -> id.equals(n.subscriberId()));
        return Message.builder()
                .message("Selected Subscriber has been deleted successfully")
                .build();
    }

    @Override
    public synchronized ListContactNotesResponse listNotes(Long id, ListContactNotesParams params) {
        existing(id);
        List<Note> mine = notes.values().stream()
                .filter(n -> id.equals(n.subscriberId()))
                .filter(n -> Paging.matches(params.search(), n.title(), n.description()))
                .sorted(Comparator.comparing(Note::id).reversed())
                .toList();
        // The note types FluentCRM offers are site settings; the fixture's are as good as any.
        return ListContactNotesResponse.builder()
                .notes(Paging.page(mine, params.page(), params.perPage()))
                .fields(ContactsFixtures.listNotes().fields())
                .build();
    }

    @Override
    public synchronized ContactNoteSaved createNote(Long id, CreateContactNoteRequest body) {
        existing(id);
        ContactNoteInput input = body.note();
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        Note note = Note.builder()
                .id(nextNoteId++)
                .subscriberId(id)
                .type(input.type())
                .title(input.title())
                .description(input.description())
                .status("open")
                .createdAt(input.createdAt() == null ? now : input.createdAt())
                .updatedAt(now)
                .build();
        notes.put(note.id(), note);
        return ContactNoteSaved.builder()
                .note(note)
                .message("Note has been successfully added")
                .build();
    }

    @Override
    public synchronized ContactNoteSaved updateNote(Long id, Long noteId, UpdateContactNoteRequest body) {
        Note old = existingNote(id, noteId);
        ContactNoteInput input = body.note();
        Note note = old.toBuilder()
                .type(input.type())
                .title(input.title())
                .description(input.description())
                .updatedAt(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS))
                .build();
        notes.put(noteId, note);
        return ContactNoteSaved.builder()
                .note(note)
                .message("Note successfully updated")
                .build();
    }

    @Override
    public synchronized Message deleteNote(Long id, Long noteId) {
        existingNote(id, noteId);
        notes.remove(noteId);
        return Message.builder().message("Note successfully deleted").build();
    }

    /** The contact as the API shows it: its tags and lists resolved from their stores. */
    private Contact view(Stored stored) {
        List<Tag> tagViews = stored.tagIds().stream()
                .map(tags::find)
                .filter(Objects::nonNull)
                .toList();
        List<MailingList> listViews = stored.listIds().stream()
                .map(lists::find)
                .filter(Objects::nonNull)
                .toList();
        return stored.contact().toBuilder().tags(tagViews).lists(listViews).build();
    }

    private Stored existing(Long id) {
        Stored stored = contacts.get(id);
        if (stored == null) {
            throw ApiError.message(404, "No query results for model [FluentCrm\\App\\Models\\Subscriber] " + id);
        }
        return stored;
    }

    private Note existingNote(Long id, Long noteId) {
        existing(id);
        Note note = notes.get(noteId);
        if (note == null || !id.equals(note.subscriberId())) {
            throw ApiError.message(
                    404, "No query results for model [FluentCrm\\App\\Models\\SubscriberNote] " + noteId);
        }
        return note;
    }

    private static Set<Long> ids(List<Long> ids) {
        return ids == null
                ? Set.of()
                : new LinkedHashSet<>(ids.stream().filter(Objects::nonNull).toList());
    }

    private static <T> T pick(T changed, T old) {
        return changed != null ? changed : old;
    }

    private static String fullName(String first, String last) {
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    }
}
