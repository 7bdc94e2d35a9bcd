package dev.fluentcrm.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fluentcrm.runtime.page.Page;
import dev.fluentcrm.server.error.ApiError;
import dev.fluentcrm.server.route.Call;
import dev.fluentcrm.server.validate.JsonLimits;
import dev.fluentcrm.server.validate.Violation;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Records of one kind, kept as the JSON FluentCRM sends for them, with what the stores share:
 * ids, Laravel's paging, search, slugs, MySQL dates and the 404 of a missing record. Working on
 * JSON, the stores serve any generated client, whatever its package.
 */
final class Records {
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter MYSQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final String model;
    private final Map<Long, ObjectNode> byId = new TreeMap<>();
    private long nextId = 1;

    /** {@code model}: the Laravel model named in a 404, as {@code FluentCrm\App\Models\Tag}. */
    Records(String model) {
        this.model = model;
    }

    long nextId() {
        return nextId++;
    }

    /**
     * Stores a record, held to the limits a request body is held to, so that whatever is stored can
     * be written back in any answer (a 422 names the field otherwise, and nothing is stored).
     */
    void put(ObjectNode record) {
        for (Map.Entry<String, JsonNode> field : record.properties()) {
            Violation excess = JsonLimits.check(
                    field.getValue(), field.getKey(), JsonLimits.MAX_FREE_FORM_DEPTH, JsonLimits.MAX_FREE_FORM_NODES);
            if (excess != null) {
                throw invalid(excess.field(), excess.rule(), excess.message());
            }
        }
        byId.put(record.path("id").asLong(), record);
    }

    ObjectNode find(long id) {
        return byId.get(id);
    }

    /** The record, or the 404 Laravel's findOrFail answers. */
    ObjectNode existing(long id) {
        ObjectNode record = byId.get(id);
        if (record == null) {
            throw ApiError.message(404, "No query results for model [" + model + "] " + id);
        }
        return record;
    }

    ObjectNode remove(long id) {
        existing(id);
        return byId.remove(id);
    }

    List<ObjectNode> all() {
        return new ArrayList<>(byId.values());
    }

    boolean any(Predicate<ObjectNode> test) {
        return byId.values().stream().anyMatch(test);
    }

    /** Matching records by id, ascending or descending. */
    List<JsonNode> sorted(Predicate<ObjectNode> filter, boolean ascending) {
        Comparator<ObjectNode> order =
                Comparator.comparingLong(r -> r.path("id").asLong());
        return byId.values().stream()
                .filter(filter)
                .sorted(ascending ? order : order.reversed())
                .map(JsonNode.class::cast)
                .toList();
    }

    static long pathId(Call call, String name) {
        return call.path(name, Long.class);
    }

    /** Laravel's paging: pages count from 1, 15 per page unless asked otherwise. */
    static Page<JsonNode> page(List<JsonNode> all, JsonNode params) {
        long perPage = params.path("per_page").asLong(15);
        long page = params.path("page").asLong(1);
        int size = perPage < 1 ? 15 : (int) Math.min(perPage, 1000);
        int number = page < 1 ? 1 : (int) Math.min(page, Integer.MAX_VALUE / size);
        int from = Math.min(all.size(), (number - 1) * size);
        int to = Math.min(all.size(), from + size);
        int last = Math.max(1, (all.size() + size - 1) / size);
        return Page.of(all.subList(from, to), all.size(), size, number, last);
    }

    /** Whether {@code search} is blank or found, ignoring case, in one of the record's {@code fields}. */
    static boolean matches(JsonNode search, JsonNode record, String... fields) {
        if (search == null || search.isNull() || search.asText().isBlank()) {
            return true;
        }
        String needle = search.asText().strip().toLowerCase(Locale.ROOT);
        for (String field : fields) {
            JsonNode value = record.get(field);
            if (value != null
                    && !value.isNull()
                    && value.asText().toLowerCase(Locale.ROOT).contains(needle)) {
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

    /** Now, as MySQL writes a DATETIME. */
    static String now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(MYSQL);
    }

    /** The ids in a JSON array of numbers or numeric strings (a missing one: none). */
    static Set<Long> ids(JsonNode values) {
        Set<Long> ids = new LinkedHashSet<>();
        if (values != null && values.isArray()) {
            values.forEach(value -> {
                if (!value.isNull()) {
                    ids.add(value.asLong());
                }
            });
        }
        return ids;
    }

    /** Text of {@code field}, or null when absent or null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Copies the fields of {@code from} that are present and not null, but {@code except}, into {@code into}. */
    static void copyGiven(JsonNode from, ObjectNode into, Set<String> except) {
        if (from != null && from.isObject()) {
            from.properties().forEach(field -> {
                if (!except.contains(field.getKey()) && !field.getValue().isNull()) {
                    into.set(field.getKey(), field.getValue());
                }
            });
        }
    }

    /** {@code {"message": text}}. */
    static ObjectNode message(String text) {
        return JSON.objectNode().put("message", text);
    }

    /** A 422 with one rule failing on one field, as Laravel's validator answers. */
    static ApiError invalid(String field, String rule, String message) {
        return ApiError.validation(Map.of(field, Map.of(rule, message)));
    }
}
