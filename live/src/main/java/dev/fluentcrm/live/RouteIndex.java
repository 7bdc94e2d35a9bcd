package dev.fluentcrm.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The routes a site registers under {@code fluent-crm/v2}, read from the namespace index
 * ({@code GET /wp-json/fluent-crm/v2}), with WordPress's regular expressions turned into
 * {@code {name}} parameters.
 */
public final class RouteIndex {
    /** {@code (?P<id>[\d]+)} and the like: a named group of a WordPress route. */
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?P?<([A-Za-z0-9_]+)>");

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]*}");

    /** A method and a path ({@code /subscribers/{id}}) the site answers. */
    public record Route(String method, String path) implements Comparable<Route> {
        public String shape() {
            return RouteIndex.shape(path);
        }

        @Override
        public int compareTo(Route other) {
            int byPath = path.compareTo(other.path);
            return byPath != 0 ? byPath : method.compareTo(other.method);
        }
    }

    private final Set<Route> routes;

    RouteIndex(Set<Route> routes) {
        this.routes = routes;
    }

    public Set<Route> routes() {
        return routes;
    }

    /** Reads the index; a site without the FluentCRM namespace is an error saying so. */
    public static RouteIndex fetch(SiteClient client, Credentials credentials, ObjectMapper json) {
        SiteClient.Exchange index = client.crm("GET", "", null, credentials);
        if (index.status() != 200) {
            throw new IllegalStateException("GET " + index.url() + " answered " + index.status()
                    + " (is FluentCRM active on the site?): " + Bodies.shorten(index.body()));
        }
        JsonNode tree;
        try {
            tree = json.readTree(index.body());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "GET " + index.url() + " answered a body that is not JSON: " + Bodies.shorten(index.body()));
        }
        JsonNode routeMap = tree.path("routes");
        if (!routeMap.isObject()) {
            throw new IllegalStateException(
                    "GET " + index.url() + " answered JSON without routes: " + Bodies.shorten(index.body()));
        }
        return parse(routeMap);
    }

    static RouteIndex parse(JsonNode routeMap) {
        Set<Route> routes = new TreeSet<>();
        for (Map.Entry<String, JsonNode> entry : routeMap.properties()) {
            String path = normalise(entry.getKey());
            for (JsonNode method : entry.getValue().path("methods")) {
                routes.add(new Route(method.asText().toUpperCase(Locale.ROOT), path));
            }
        }
        return new RouteIndex(routes);
    }

    /**
     * {@code /fluent-crm/v2/subscribers/(?P<id>[\d]+)/notes} -> {@code /subscribers/{id}/notes};
     * the namespace itself is {@code /}.
     */
    static String normalise(String route) {
        String path = route.startsWith(SiteClient.NAMESPACE) ? route.substring(SiteClient.NAMESPACE.length()) : route;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            Matcher group = NAMED_GROUP.matcher(path);
            if (path.charAt(i) == '(' && group.find(i) && group.start() == i) {
                int end = closingParenthesis(path, i);
                out.append('{').append(group.group(1)).append('}');
                i = end + 1;
            } else {
                out.append(path.charAt(i));
                i++;
            }
        }
        String normalised = out.toString();
        return normalised.isEmpty() ? "/" : normalised;
    }

    private static int closingParenthesis(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                // A character class may hold ')' without closing anything.
                while (i < text.length() && text.charAt(i) != ']') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return text.length() - 1;
    }

    /** {@code /subscribers/{id}/notes} -> {@code /subscribers/{}/notes}: parameter names do not matter. */
    public static String shape(String path) {
        return PARAMETER.matcher(path).replaceAll("{}");
    }
}
