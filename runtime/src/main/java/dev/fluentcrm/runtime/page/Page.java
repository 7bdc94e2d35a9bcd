package dev.fluentcrm.runtime.page;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fluentcrm.runtime.json.PhpJson;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a list, as FluentCRM's Laravel paginator sends it, with lazy auto-paging:
 * {@link #autoPaging()} walks this page and then fetches the following ones only as they are
 * reached.
 *
 * <p>Many list answers wrap the page in an envelope with other keys beside it: {@code GET
 * /tags?all_tags=1} answers {@code {"tags": {...page...}, "all_tags": [...]}}. Those keys are
 * kept in {@link #envelope()}, as JSON, or decoded with {@link #envelope(String, Class)}:
 *
 * <pre>{@code
 * Page<Tag> page = crm.tags().list(ListTagsParams.builder().allTags(true).build());
 * List<JsonNode> allTags = page.envelope("all_tags", new TypeReference<List<JsonNode>>() {}).orElse(List.of());
 * for (Tag tag : page.autoPaging()) { ... }
 * }</pre>
 *
 * <p>Each page holds the envelope of the answer it came in; a page that was the whole answer
 * has an empty one.
 *
 * @param <T> the record type
 */
public final class Page<T> {
    private final List<T> items;
    private final long total;
    private final int perPage;
    private final int currentPage;
    private final int lastPage;
    private final IntFunction<Page<T>> fetcher;
    private final Map<String, JsonNode> envelope;
    private final ObjectMapper mapper;

    @JsonCreator
    Page(
            @JsonProperty("data") List<T> items,
            @JsonProperty("total") Long total,
            @JsonProperty("per_page") Integer perPage,
            @JsonProperty("current_page") Integer currentPage,
            @JsonProperty("last_page") Integer lastPage) {
        this(
                items == null ? List.of() : items,
                total == null ? 0 : total,
                perPage == null ? 0 : perPage,
                currentPage == null ? 1 : currentPage,
                lastPage != null ? lastPage : lastPage(total, perPage),
                null,
                Map.of(),
                null);
    }

    private Page(
            List<T> items,
            long total,
            int perPage,
            int currentPage,
            int lastPage,
            IntFunction<Page<T>> fetcher,
            Map<String, JsonNode> envelope,
            ObjectMapper mapper) {
        this.items = List.copyOf(items.stream().filter(Objects::nonNull).toList());
        this.total = total;
        this.perPage = perPage;
        this.currentPage = currentPage;
        this.lastPage = Math.max(lastPage, 1);
        this.fetcher = fetcher;
        this.envelope = envelope;
        this.mapper = mapper;
    }

    /** A page built by hand, for tests and for lists the server does not paginate. */
    public static <T> Page<T> of(List<T> items, long total, int perPage, int currentPage, int lastPage) {
        return new Page<>(items, total, perPage, currentPage, lastPage, null, Map.of(), null);
    }

    /** This page, able to fetch page {@code n} with {@code fetcher} when auto-paging. */
    public Page<T> withFetcher(IntFunction<Page<T>> fetcher) {
        return new Page<>(items, total, perPage, currentPage, lastPage, fetcher, envelope, mapper);
    }

    /**
     * This page with the other keys of the answer it came in (the runtime sets them; tests may
     * too), decoded on demand by {@code mapper} (the client's, which reads what PHP sends).
     */
    public Page<T> withEnvelope(Map<String, JsonNode> envelope, ObjectMapper mapper) {
        Map<String, JsonNode> copy = Collections.unmodifiableMap(new LinkedHashMap<>(envelope));
        return new Page<>(items, total, perPage, currentPage, lastPage, fetcher, copy, mapper);
    }

    /**
     * The other top-level keys of the answer this page came in, in the order the server sent them,
     * such as {@code all_tags} of {@code GET /tags?all_tags=1}; empty when the page was the whole
     * answer. Keys the server left out are absent; keys it sent as {@code null} hold a {@code NullNode}.
     */
    public Map<String, JsonNode> envelope() {
        return envelope;
    }

    /** The envelope's {@code key}, as JSON, when the answer had it. */
    public Optional<JsonNode> envelope(String key) {
        return Optional.ofNullable(envelope.get(key));
    }

    /**
     * The envelope's {@code key} decoded as {@code type} with the client's PHP-tolerant JSON
     * reading ({@code "12"} for 12, {@code []} for an empty object); empty when the answer did not
     * have it or had {@code null}.
     *
     * @throws IllegalArgumentException when the value does not decode as {@code type}
     */
    public <V> Optional<V> envelope(String key, Class<V> type) {
        return envelope(key)
                .filter(node -> !node.isNull())
                .map(node -> decoder().convertValue(node, type));
    }

    /** {@link #envelope(String, Class)} for a generic type such as {@code List<Map<String, String>>}. */
    public <V> Optional<V> envelope(String key, TypeReference<V> type) {
        return envelope(key)
                .filter(node -> !node.isNull())
                .map(node -> decoder().convertValue(node, type));
    }

    private ObjectMapper decoder() {
        return mapper != null ? mapper : DefaultMapper.INSTANCE;
    }

    /** Made only when a hand-built page is asked to decode its envelope. */
    private static final class DefaultMapper {
        static final ObjectMapper INSTANCE = PhpJson.newMapper();
    }

    private static int lastPage(Long total, Integer perPage) {
        if (total == null || perPage == null || perPage <= 0) {
            return 1;
        }
        return (int) ((total + perPage - 1) / perPage);
    }

    /** The records of this page. */
    public List<T> items() {
        return items;
    }

    /** How many records match over all pages. */
    public long total() {
        return total;
    }

    public int perPage() {
        return perPage;
    }

    /** This page's number, counting from 1. */
    public int currentPage() {
        return currentPage;
    }

    public int lastPage() {
        return lastPage;
    }

    public boolean hasNextPage() {
        return currentPage < lastPage && !items.isEmpty();
    }

    /** Fetches the next page; fails when there is none or this page cannot fetch. */
    public Page<T> nextPage() {
        if (!hasNextPage()) {
            throw new NoSuchElementException("Page " + currentPage + " is the last page");
        }
        if (fetcher == null) {
            throw new IllegalStateException("This page was not fetched by a client, so it cannot fetch the next one");
        }
        return fetcher.apply(currentPage + 1).withFetcher(fetcher);
    }

    /** Every record from this page on, fetching further pages lazily. */
    public Iterable<T> autoPaging() {
        return () -> new AutoPagingIterator<>(this);
    }

    /** {@link #autoPaging()} as a sequential stream. */
    public Stream<T> autoPagingStream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(autoPaging().iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    @Override
    public String toString() {
        return "Page[" + currentPage + "/" + lastPage + ", items=" + items.size() + ", total=" + total
                + (envelope.isEmpty() ? "" : ", envelope=" + envelope.keySet()) + "]";
    }

    private static final class AutoPagingIterator<T> implements Iterator<T> {
        private Page<T> page;
        private int index;

        AutoPagingIterator(Page<T> first) {
            this.page = first;
        }

        @Override
        public boolean hasNext() {
            while (index >= page.items.size()) {
                if (!page.hasNextPage()) {
                    return false;
                }
                page = page.nextPage();
                index = 0;
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.items.get(index++);
        }
    }
}
