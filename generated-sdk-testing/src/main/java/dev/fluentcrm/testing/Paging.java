package dev.fluentcrm.testing;

import dev.fluentcrm.runtime.page.Page;
import java.util.List;
import java.util.Locale;

/** Laravel's paging over an in-memory list: pages count from 1, 15 per page unless asked otherwise. */
final class Paging {
    private Paging() {}

    static <T> Page<T> page(List<T> all, Long page, Long perPage) {
        int size = perPage == null || perPage < 1 ? 15 : (int) Math.min(perPage, 1000);
        int number = page == null || page < 1 ? 1 : (int) Math.min(page, Integer.MAX_VALUE / size);
        int from = Math.min(all.size(), (number - 1) * size);
        int to = Math.min(all.size(), from + size);
        int last = Math.max(1, (all.size() + size - 1) / size);
        return Page.of(all.subList(from, to), all.size(), size, number, last);
    }

    static boolean matches(String search, String... values) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String needle = search.strip().toLowerCase(Locale.ROOT);
        for (String value : values) {
            if (value != null && value.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    static String slug(String title) {
        return title == null
                ? ""
                : title.strip()
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("(^-|-$)", "");
    }
}
