package dev.fluentcrm.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads URL-encoded and {@code multipart/form-data} bodies into a JSON object, so form bodies are
 * validated and bound like JSON ones. Text fields become strings (a repeated name or a PHP
 * {@code name[]} becomes an array); files become {@code {file_name, content_type, content}}.
 */
public final class FormBodies {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DISPOSITION_NAME = Pattern.compile("\\bname=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern DISPOSITION_FILE =
            Pattern.compile("\\bfilename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private FormBodies() {}

    /** A URL-encoded form; throws IllegalArgumentException on bad escapes. */
    public static ObjectNode urlEncoded(byte[] body) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, String> pair : QueryString.parse(new String(body, StandardCharsets.UTF_8))) {
            put(fields, pair.getKey(), JsonNodeFactory.instance.textNode(pair.getValue()));
        }
        return fields;
    }

    /** A multipart body; throws IllegalArgumentException when it is not well-formed multipart. */
    public static ObjectNode multipart(String contentTypeHeader, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentTypeHeader == null ? "" : contentTypeHeader);
        if (!boundary.find()) {
            throw new IllegalArgumentException("multipart body without a boundary");
        }
        // ISO-8859-1 maps bytes 1:1 to chars, so file bytes survive the split.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary.group(1);
        if (!text.startsWith(delimiter)) {
            throw new IllegalArgumentException("multipart body does not start with its boundary");
        }
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        for (String part : text.split(Pattern.quote(delimiter))) {
            if (part.isEmpty() || part.startsWith("--")) {
                continue;
            }
            int split = part.indexOf("\r\n\r\n");
            if (split < 0) {
                throw new IllegalArgumentException("multipart part without headers");
            }
            String headers = part.substring(0, split);
            String content = part.substring(split + 4);
            content = content.endsWith("\r\n") ? content.substring(0, content.length() - 2) : content;
            Matcher name = DISPOSITION_NAME.matcher(headers);
            if (!name.find()) {
                throw new IllegalArgumentException("multipart part without a name");
            }
            Matcher file = DISPOSITION_FILE.matcher(headers);
            byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
            if (file.find()) {
                ObjectNode upload = JsonNodeFactory.instance
                        .objectNode()
                        .put("file_name", file.group(1))
                        .put("content_type", partType(headers))
                        .put("content", Base64.getEncoder().encodeToString(bytes));
                put(fields, name.group(1), upload);
            } else {
                put(
                        fields,
                        name.group(1),
                        JsonNodeFactory.instance.textNode(new String(bytes, StandardCharsets.UTF_8)));
            }
        }
        return fields;
    }

    private static String partType(String headers) {
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                return line.substring("content-type:".length()).strip();
            }
        }
        return "application/octet-stream";
    }

    private static void put(ObjectNode fields, String name, JsonNode value) {
        String key = name.endsWith("[]") ? name.substring(0, name.length() - 2) : name;
        var existing = fields.get(key);
        if (name.endsWith("[]") && existing == null) {
            fields.putArray(key).add(value);
        } else if (existing == null) {
            fields.set(key, value);
        } else if (existing.isArray()) {
            ((ArrayNode) existing).add(value);
        } else {
            fields.putArray(key).add(existing).add(value);
        }
    }
}
