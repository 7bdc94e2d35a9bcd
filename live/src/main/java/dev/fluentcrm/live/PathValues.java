package dev.fluentcrm.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fluentcrm.live.LiveSpec.SpecOperation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills an operation's path with ids that exist on the site: for {@code /subscribers/{id}/notes/{note_id}}
 * it lists {@code /subscribers}, takes the first record's id, lists {@code /subscribers/7/notes}
 * and takes the first note's. A parameter that is not a number, and whose list gives nothing,
 * takes the spec's example.
 */
final class PathValues {
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");

    /** Parameters that name a contact wherever they appear. */
    private static final Set<String> CONTACT_IDS = Set.of("subscriber_id", "contact_id");

    private final SiteClient client;
    private final Credentials credentials;
    private final LiveSpec spec;
    private final Parameters parameters;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, JsonNode> lists = new HashMap<>();

    PathValues(SiteClient client, Credentials credentials, LiveSpec spec, Parameters parameters) {
        this.client = client;
        this.credentials = credentials;
        this.spec = spec;
        this.parameters = parameters;
    }

    /** The path with its parameters filled in, or why it cannot be. */
    Resolution resolve(SpecOperation operation) {
        String path = operation.path();
        Matcher matcher = PARAMETER.matcher(path);
        StringBuilder filled = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            String name = matcher.group(1);
            String prefix = filled + path.substring(last, matcher.start());
            String listPath = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
            String value = firstId(listPath, name);
            if (value == null && !listPath.endsWith("s")) {
                // A singular collection in the path ({@code /sequences/2/email/{email_id}}) is listed by its plural.
                value = firstId(listPath + "s", name);
            }
            if (value == null) {
                value = firstIdInParent(path.substring(0, matcher.start()), listPath);
            }
            if (value == null && CONTACT_IDS.contains(name)) {
                value = firstId("/subscribers", "id");
            }
            Parameter declared = parameters.path(operation, name);
            if (value == null && declared != null && !isNumeric(declared)) {
                Object example = parameters.example(declared);
                value = example == null ? null : String.valueOf(example);
            }
            if (value == null) {
                return Resolution.skipped("no value for {" + name + "}: GET " + (listPath.isEmpty() ? "/" : listPath)
                        + " lists no record with an id");
            }
            filled.append(path, last, matcher.start()).append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            last = matcher.end();
        }
        filled.append(path.substring(last));
        return Resolution.of(filled.toString());
    }

    /**
     * A record listed only inside its parent: {@code /sequences/2/email/{email_id}} has no list of
     * its own, but {@code GET /sequences/2?with[]=sequence_emails} carries the emails. Asks the
     * parent for each {@code with[]} value its GET declares that names the collection, and takes
     * the first id of an array under a key that names it too.
     */
    private String firstIdInParent(String templatePrefix, String listPath) {
        String template = templatePrefix.endsWith("/")
                ? templatePrefix.substring(0, templatePrefix.length() - 1)
                : templatePrefix;
        int slash = template.lastIndexOf('/');
        int filledSlash = listPath.lastIndexOf('/');
        if (slash <= 0 || filledSlash <= 0) {
            return null;
        }
        String collection = template.substring(slash + 1);
        String parentTemplate = template.substring(0, slash);
        String parent = listPath.substring(0, filledSlash);
        for (String with : withValues(parentTemplate)) {
            if (!with.contains(collection)) {
                continue;
            }
            JsonNode body = lists.computeIfAbsent(
                    parent + "?with%5B%5D=" + URLEncoder.encode(with, StandardCharsets.UTF_8), this::fetch);
            String id = firstIdUnderKey(body, collection);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /** The values the {@code with[]} parameter of {@code GET parentTemplate} may take, from its enum. */
    private List<String> withValues(String parentTemplate) {
        for (SpecOperation operation : spec.operations()) {
            if (operation.method().equals("GET") && operation.path().equals(parentTemplate)) {
                for (Parameter parameter : parameters.query(operation)) {
                    Schema<?> schema = parameter.getSchema();
                    if (parameter.getName().equals("with[]")
                            && schema != null
                            && schema.getItems() != null
                            && schema.getItems().getEnum() != null) {
                        return schema.getItems().getEnum().stream()
                                .map(String::valueOf)
                                .toList();
                    }
                }
            }
        }
        return List.of();
    }

    /** The first id in a non-empty array of records under a key containing {@code collection}. */
    private static String firstIdUnderKey(JsonNode body, String collection) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(body);
        while (!queue.isEmpty()) {
            JsonNode node = queue.poll();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode value = field.getValue();
                if (field.getKey().contains(collection)
                        && value.isArray()
                        && value.size() > 0
                        && value.get(0).hasNonNull("id")) {
                    return value.get(0).get("id").asText();
                }
                if (value.isContainerNode()) {
                    queue.add(value);
                }
            }
        }
        return null;
    }

    private static boolean isNumeric(Parameter parameter) {
        String type =
                parameter.getSchema() == null ? null : parameter.getSchema().getType();
        return "integer".equals(type) || "number".equals(type);
    }

    /** The first id of a record listed by {@code GET listPath}, preferring a key named like the parameter. */
    private String firstId(String listPath, String parameter) {
        if (listPath.isEmpty()) {
            return null;
        }
        JsonNode body = lists.computeIfAbsent(listPath, this::fetch);
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(body);
        while (!queue.isEmpty()) {
            JsonNode node = queue.poll();
            if (node.isArray() && node.size() > 0 && node.get(0).isObject()) {
                JsonNode first = node.get(0);
                JsonNode named = parameter.equals("id") ? null : first.get(parameter);
                // WordPress posts (templates) carry their id as "ID".
                JsonNode id = named != null && named.isValueNode()
                        ? named
                        : first.has("id") ? first.get("id") : first.get("ID");
                if (id != null && id.isValueNode() && !id.asText().isEmpty()) {
                    return id.asText();
                }
            }
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                JsonNode child = it.next();
                if (child.isContainerNode()) {
                    queue.add(child);
                }
            }
        }
        return null;
    }

    private JsonNode fetch(String listPath) {
        SiteClient.Exchange exchange = client.crm("GET", listPath, null, credentials);
        if (exchange.status() != 200) {
            return json.nullNode();
        }
        try {
            JsonNode tree = json.readTree(exchange.body());
            return tree == null ? json.nullNode() : tree;
        } catch (IOException e) {
            return json.nullNode();
        }
    }

    /** A filled path, or the reason there is none. */
    record Resolution(String path, String skipReason) {
        static Resolution of(String path) {
            return new Resolution(path, null);
        }

        static Resolution skipped(String reason) {
            return new Resolution(null, reason);
        }

        boolean isSkipped() {
            return path == null;
        }
    }
}
