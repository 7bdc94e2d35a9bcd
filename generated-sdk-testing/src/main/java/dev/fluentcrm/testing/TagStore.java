package dev.fluentcrm.testing;

import dev.fluentcrm.client.model.CreateTagRequest;
import dev.fluentcrm.client.model.CreateTagResponse;
import dev.fluentcrm.client.model.GetTagResponse;
import dev.fluentcrm.client.model.ListTagsParams;
import dev.fluentcrm.client.model.ListTagsSortOrder;
import dev.fluentcrm.client.model.Message;
import dev.fluentcrm.client.model.Tag;
import dev.fluentcrm.client.model.UpdateTagRequest;
import dev.fluentcrm.client.model.UpdateTagResponse;
import dev.fluentcrm.client.server.TagsService;
import dev.fluentcrm.runtime.page.Page;
import dev.fluentcrm.server.error.ApiError;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Tags in memory, answering as FluentCRM's TagsController does. */
final class TagStore implements TagsService {
    private final Map<Long, Tag> tags = new TreeMap<>();
    private long nextId = 1;

    synchronized Tag find(Long id) {
        return tags.get(id);
    }

    @Override
    public synchronized Page<Tag> list(ListTagsParams params) {
        List<Tag> matching = new ArrayList<>(tags.values().stream()
                .filter(t -> Paging.matches(params.search(), t.title(), t.slug(), t.description()))
                .toList());
        Comparator<Tag> order = Comparator.comparing(Tag::id);
        matching.sort(ListTagsSortOrder.ASC.equals(params.sortOrder()) ? order : order.reversed());
        return Paging.page(matching, params.page(), params.perPage());
    }

    @Override
    public synchronized CreateTagResponse create(CreateTagRequest body) {
        String slug = body.slug() == null || body.slug().isBlank() ? Paging.slug(body.title()) : body.slug();
        if (tags.values().stream().anyMatch(t -> t.slug().equals(slug))) {
            throw ApiError.validation(Map.of("slug", Map.of("unique", "The slug has already been taken.")));
        }
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        Tag tag = Tag.builder()
                .id(nextId++)
                .title(body.title())
                .slug(slug)
                .description(body.description())
                .createdAt(now)
                .updatedAt(now)
                .build();
        tags.put(tag.id(), tag);
        return CreateTagResponse.builder()
                .lists(tag)
                .item(tag)
                .message("Successfully saved the tag.")
                .build();
    }

    @Override
    public synchronized GetTagResponse get(Long id) {
        return GetTagResponse.builder().tag(existing(id)).build();
    }

    @Override
    public synchronized UpdateTagResponse update(Long id, UpdateTagRequest body) {
        Tag tag = existing(id).toBuilder()
                .title(body.title() == null ? existing(id).title() : body.title())
                .description(body.description() == null ? existing(id).description() : body.description())
                .slug(
                        body.slug() == null || body.slug().isBlank()
                                ? existing(id).slug()
                                : body.slug())
                .updatedAt(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS))
                .build();
        tags.put(id, tag);
        return UpdateTagResponse.builder()
                .lists(id)
                .message("Successfully saved the tag.")
                .build();
    }

    @Override
    public synchronized Message delete(Long id) {
        existing(id);
        tags.remove(id);
        return Message.builder().message("Successfully removed the tag.").build();
    }

    private Tag existing(Long id) {
        Tag tag = tags.get(id);
        if (tag == null) {
            throw ApiError.message(404, "No query results for model [FluentCrm\\App\\Models\\Tag] " + id);
        }
        return tag;
    }
}
