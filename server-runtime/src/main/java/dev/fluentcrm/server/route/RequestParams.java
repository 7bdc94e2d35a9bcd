package dev.fluentcrm.server.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.fluentcrm.server.http.ServerRequest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gathers query and header parameters into one JSON object keyed by their declared names. PHP
 * arrays arrive as {@code tags[]=1&tags[]=2}, {@code tags[0]=1} or a bare {@code tags=1}; all
 * become {@code "tags[]": ["1", "2"]}. Undeclared parameters are kept as sent.
 */
final class RequestParams {
    private static final Pattern INDEXED = Pattern.compile("(.+)\\[[0-9]*]");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private RequestParams() {}

    static ObjectNode read(List<Param> declared, List<Map.Entry<String, String>> query, ServerRequest request) {
        ObjectNode params = JSON.objectNode();
        for (Map.Entry<String, String> pair : query) {
            Param param = find(declared, pair.getKey());
            TextNode value = TextNode.valueOf(pair.getValue());
            if (param != null && param.isArray()) {
                JsonNode existing = params.get(param.name());
                (existing instanceof ArrayNode array ? array : params.putArray(param.name())).add(value);
            } else if (param != null) {
                params.set(param.name(), value);
            } else if (pair.getKey().endsWith("[]")) {
                JsonNode existing = params.get(pair.getKey());
                (existing instanceof ArrayNode array ? array : params.putArray(pair.getKey())).add(value);
            } else {
                params.set(pair.getKey(), value);
            }
        }
        for (Param param : declared) {
            if (param.in() == Param.In.HEADER && request.header(param.name()) != null) {
                params.put(param.name(), request.header(param.name()));
            }
        }
        return params;
    }

    private static Param find(List<Param> declared, String name) {
        Matcher indexed = INDEXED.matcher(name);
        String base = indexed.matches() ? indexed.group(1) : name;
        for (Param param : declared) {
            if (param.in() != Param.In.QUERY) {
                continue;
            }
            if (param.name().equals(name)
                    || (param.isArray() && param.baseName().equals(base))) {
                return param;
            }
        }
        return null;
    }
}
