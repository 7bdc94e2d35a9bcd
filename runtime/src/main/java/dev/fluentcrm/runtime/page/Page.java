package dev.fluentcrm.runtime.page;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
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
 * @param <T> the record type
 */
public final class Page<T> {
    private final List<T> items;
    private final long total;
    private final int perPage;
    private final int currentPage;
    private final int lastPage;
    private final IntFunction<Page<T>> fetcher;

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
                null);
    }

    private Page(List<T> items, long total, int perPage, int currentPage, int lastPage, IntFunction<Page<T>> fetcher) {
        this.items = List.copyOf(items.stream().filter(Objects::nonNull).toList());
        this.total = total;
        this.perPage = perPage;
        this.currentPage = currentPage;
        this.lastPage = Math.max(lastPage, 1);
        this.fetcher = fetcher;
    }

    /** A page built by hand, for tests and for lists the server does not paginate. */
    public static <T> Page<T> of(List<T> items, long total, int perPage, int currentPage, int lastPage) {
        return new Page<>(items, total, perPage, currentPage, lastPage, null);
    }

    /** This page, able to fetch page {@code n} with {@code fetcher} when auto-paging. */
    public Page<T> withFetcher(IntFunction<Page<T>> fetcher) {
        return new Page<>(items, total, perPage, currentPage, lastPage, fetcher);
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
        return "Page[" + currentPage + "/" + lastPage + ", items=" + items.size() + ", total=" + total + "]";
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
