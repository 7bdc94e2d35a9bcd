package dev.fluentcrm.server.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * How much JSON one value may hold, so the work a request causes is bounded and whatever is
 * accepted can be written back: free-form values (the spec's {@code additionalProperties} and
 * untyped values, which no schema walks) may nest {@value #MAX_FREE_FORM_DEPTH} levels and hold
 * {@value #MAX_FREE_FORM_NODES} values; a whole body may nest {@value #MAX_BODY_DEPTH} levels;
 * numbers written as text may be {@value #MAX_NUMBER_TEXT} characters long. FluentCRM's own data
 * (custom fields, settings, funnel steps) stays far below each.
 */
public final class JsonLimits {
    /** Levels inside one free-form value; FluentCRM's deepest settings use fewer than ten. */
    public static final int MAX_FREE_FORM_DEPTH = 32;
    /** Values (objects, arrays and scalars) inside one free-form value. */
    public static final int MAX_FREE_FORM_NODES = 10_000;
    /** Levels of a whole request body; the parser refuses deeper JSON before building it. */
    public static final int MAX_BODY_DEPTH = 100;
    /** Characters of a number sent as text ({@code "12"}); a PHP integer has at most 20, a float far fewer than this. */
    public static final int MAX_NUMBER_TEXT = 100;

    private JsonLimits() {}

    /**
     * What is wrong with a free-form value, as a violation of {@code field}, or null when it is
     * within the limits. Walks iteratively and stops at the first excess, so the check itself is
     * bounded.
     */
    public static Violation checkFreeForm(JsonNode value, String field) {
        return check(value, field, MAX_FREE_FORM_DEPTH, MAX_FREE_FORM_NODES);
    }

    /** {@link #checkFreeForm} with limits of the caller's choosing (a store checks whole records with it). */
    public static Violation check(JsonNode value, String field, int maxDepth, int maxNodes) {
        if (value == null || !value.isContainerNode()) {
            return null;
        }
        Deque<Map.Entry<JsonNode, Integer>> pending = new ArrayDeque<>();
        pending.push(Map.entry(value, 1));
        int nodes = 0;
        while (!pending.isEmpty()) {
            Map.Entry<JsonNode, Integer> next = pending.pop();
            JsonNode node = next.getKey();
            int depth = next.getValue();
            if (depth > maxDepth) {
                return new Violation(
                        field,
                        "depth",
                        "The " + Validator.label(field) + " must not nest deeper than " + maxDepth + " levels.");
            }
            for (JsonNode child : node) {
                if (++nodes > maxNodes) {
                    return new Violation(
                            field,
                            "size",
                            "The " + Validator.label(field) + " must not hold more than " + maxNodes + " values.");
                }
                if (child.isContainerNode()) {
                    pending.push(Map.entry(child, depth + 1));
                }
            }
        }
        return null;
    }
}
