package dev.fluentcrm.testing;

import dev.fluentcrm.client.model.CreateListRequest;
import dev.fluentcrm.client.model.CreateListResponse;
import dev.fluentcrm.client.model.ListListsParams;
import dev.fluentcrm.client.model.ListListsResponse;
import dev.fluentcrm.client.model.ListListsResponsePagination;
import dev.fluentcrm.client.model.ListListsSortOrder;
import dev.fluentcrm.client.model.MailingList;
import dev.fluentcrm.client.model.Message;
import dev.fluentcrm.client.model.UpdateListRequest;
import dev.fluentcrm.client.model.UpdateListResponse;
import dev.fluentcrm.client.server.ListsService;
import dev.fluentcrm.runtime.page.Page;
import dev.fluentcrm.server.error.ApiError;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Mailing lists in memory, answering as FluentCRM's ListsController does. */
final class ListStore implements ListsService {
    private final Map<Long, MailingList> lists = new TreeMap<>();
    private long nextId = 1;

    synchronized MailingList find(Long id) {
        return lists.get(id);
    }

    @Override
    public synchronized ListListsResponse list(ListListsParams params) {
        List<MailingList> matching = new ArrayList<>(lists.values().stream()
                .filter(l -> Paging.matches(params.search(), l.title(), l.slug(), l.description()))
                .toList());
        Comparator<MailingList> order = Comparator.comparing(MailingList::id);
        matching.sort(ListListsSortOrder.DESC.equals(params.sortOrder()) ? order.reversed() : order);
        Page<MailingList> page = Paging.page(matching, params.page(), params.perPage());
        return ListListsResponse.builder()
                .lists(page.items())
                .pagination(ListListsResponsePagination.builder()
                        .total(page.total())
                        .build())
                .build();
    }

    @Override
    public synchronized CreateListResponse create(CreateListRequest body) {
        String slug = body.slug() == null || body.slug().isBlank() ? Paging.slug(body.title()) : body.slug();
        if (lists.values().stream().anyMatch(l -> l.slug().equals(slug))) {
            throw ApiError.validation(Map.of("slug", Map.of("unique", "The slug has already been taken.")));
        }
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        MailingList list = MailingList.builder()
                .id(nextId++)
                .title(body.title())
                .slug(slug)
                .description(body.description())
                .createdAt(now)
                .updatedAt(now)
                .build();
        lists.put(list.id(), list);
        return CreateListResponse.builder()
                .lists(list)
                .item(list)
                .message("Successfully saved the list.")
                .build();
    }

    @Override
    public synchronized MailingList get(Long id) {
        return existing(id);
    }

    @Override
    public synchronized UpdateListResponse update(Long id, UpdateListRequest body) {
        MailingList old = existing(id);
        lists.put(
                id,
                old.toBuilder()
                        .title(body.title() == null ? old.title() : body.title())
                        .description(body.description() == null ? old.description() : body.description())
                        .slug(body.slug() == null || body.slug().isBlank() ? old.slug() : body.slug())
                        .updatedAt(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS))
                        .build());
        return UpdateListResponse.builder()
                .lists(id)
                .message("Successfully saved the list.")
                .build();
    }

    @Override
    public synchronized Message delete(Long id) {
        existing(id);
        lists.remove(id);
        return Message.builder().message("Successfully removed the list.").build();
    }

    private MailingList existing(Long id) {
        MailingList list = lists.get(id);
        if (list == null) {
            throw ApiError.message(404, "No query results for model [FluentCrm\\App\\Models\\Lists] " + id);
        }
        return list;
    }
}
