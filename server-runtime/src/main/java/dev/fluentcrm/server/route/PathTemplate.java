package dev.fluentcrm.server.route;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A path template such as {@code /subscribers/{id}/notes/{note_id}}, matched segment by segment. */
public final class PathTemplate {
    private final String template;
    private final List<String> segments;

    public PathTemplate(String template) {
        this.template = template;
        this.segments = split(template);
    }

    /** The values of the template's variables, or null when {@code segments} do not match. */
    public Map<String, String> match(List<String> path) {
        if (path.size() != segments.size()) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (isVariable(segment)) {
                values.put(segment.substring(1, segment.length() - 1), path.get(i));
            } else if (!segment.equals(path.get(i))) {
                return null;
            }
        }
        return values;
    }

    /**
     * How specific the template is: literal segments count before variables, so
     * {@code /subscribers/search-contacts} wins over {@code /subscribers/{id}}.
     */
    public int literalSegments() {
        return (int) segments.stream().filter(s -> !isVariable(s)).count();
    }

    public String template() {
        return template;
    }

    static List<String> split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    @Override
    public String toString() {
        return template;
    }
}
