package dev.fluentcrm.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operationIds a mock serves. A test that names another one has a typo, and would otherwise
 * pass for the wrong reason (an override never used, no requests recorded): it fails at once,
 * naming the ids that come closest.
 */
final class OperationIds {
    private static final int SUGGESTIONS = 3;

    private final Set<String> known;

    OperationIds(Iterable<String> ids) {
        this.known = new TreeSet<>();
        ids.forEach(known::add);
    }

    /** {@code id} if the mock serves it; an IllegalArgumentException naming the nearest ids otherwise. */
    String check(String id) {
        if (known.contains(id)) {
            return id;
        }
        List<String> nearest = known.stream()
                .sorted(Comparator.comparingInt((String candidate) -> distance(id, candidate))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(SUGGESTIONS)
                .toList();
        throw new IllegalArgumentException(
                "No operation '" + id + "' in this mock's spec; did you mean " + String.join(", ", nearest) + "?");
    }

    /** Levenshtein distance, ignoring case (listTags is nearer to listtags than to getTag). */
    static int distance(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
