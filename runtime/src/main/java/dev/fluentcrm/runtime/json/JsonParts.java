package dev.fluentcrm.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.util.Map;

/**
 * Finds the part of a JSON document a {@link JsonPointer} names while streaming, so that an
 * envelope's page ({@code /subscribers} of {@code {"subscribers": {...}, ...}}) is bound in the
 * same pass that reads the body, without building a tree of the whole answer first.
 */
public final class JsonParts {
    private JsonParts() {}

    /**
     * Binds the value at {@code pointer} of {@code body} (the whole body for an empty pointer)
     * with {@code reader} (one made for the type to bind, and reused: making a reader looks up its
     * deserializer), in one pass without an intermediate tree. A missing part gives null, and the
     * rest of the body is still read, so a truncated or malformed answer fails either way. A
     * blank body binds like JSON {@code null}.
     */
    public static <T> T read(ObjectReader reader, String body, JsonPointer pointer) throws IOException {
        if (body == null || body.isBlank()) {
            return reader.readValue(NullNode.getInstance());
        }
        if (pointer.matches()) {
            return reader.readValue(body);
        }
        try (JsonParser parser = reader.createParser(body)) {
            T value = seek(parser, pointer) ? reader.readValue(parser) : null;
            while (parser.nextToken() != null) {
                // Tokenising the rest checks that the answer is whole.
            }
            return value;
        }
    }

    /**
     * Like {@link #read(ObjectReader, String, JsonPointer)} for a pointer to a key of the top-level
     * object ({@code /tags}), also putting every other key of that object into {@code siblings}
     * as a tree, in the order of the answer: what an envelope carries beside its page, such as
     * {@code all_tags} of {@code {"tags": {...}, "all_tags": [...]}}. Still one pass; only the
     * siblings become trees. Any other pointer collects nothing.
     */
    public static <T> T read(ObjectReader reader, String body, JsonPointer pointer, Map<String, JsonNode> siblings)
            throws IOException {
        if (body == null
                || body.isBlank()
                || pointer.matches()
                || !pointer.tail().matches()) {
            return read(reader, body, pointer);
        }
        String key = pointer.getMatchingProperty();
        try (JsonParser parser = reader.createParser(body)) {
            T value = null;
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    if (name.equals(key)) {
                        value = reader.readValue(parser);
                    } else {
                        JsonNode tree = reader.readTree(parser);
                        siblings.put(name, tree == null ? NullNode.getInstance() : tree);
                    }
                }
            } else {
                parser.skipChildren();
            }
            while (parser.nextToken() != null) {
                // Tokenising the rest checks that the answer is whole.
            }
            return value;
        }
    }

    /**
     * Moves a fresh {@code parser} to the first token of the value at {@code pointer}; false
     * (the parser then past the innermost container it looked in) when there is no such value.
     * Like {@link com.fasterxml.jackson.databind.JsonNode#at}, a segment picks a property of an
     * object or, when it is a number, an element of an array.
     */
    static boolean seek(JsonParser parser, JsonPointer pointer) throws IOException {
        JsonToken token = parser.nextToken();
        for (JsonPointer at = pointer; !at.matches(); at = at.tail()) {
            if (token == JsonToken.START_OBJECT) {
                token = intoProperty(parser, at.getMatchingProperty());
            } else if (token == JsonToken.START_ARRAY && at.getMatchingIndex() >= 0) {
                token = intoElement(parser, at.getMatchingIndex());
            } else {
                parser.skipChildren();
                return false;
            }
            if (token == null) {
                return false;
            }
        }
        return true;
    }

    /** The first token of the property's value, or null after the object's end when it is absent. */
    private static JsonToken intoProperty(JsonParser parser, String name) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            boolean wanted = name.equals(parser.currentName());
            JsonToken value = parser.nextToken();
            if (wanted) {
                return value;
            }
            parser.skipChildren();
        }
        return null;
    }

    /** The first token of the element at {@code index}, or null after the array's end when it is absent. */
    private static JsonToken intoElement(JsonParser parser, int index) throws IOException {
        int position = 0;
        for (JsonToken token = parser.nextToken();
                token != JsonToken.END_ARRAY && token != null;
                token = parser.nextToken()) {
            if (position++ == index) {
                return token;
            }
            parser.skipChildren();
        }
        return null;
    }
}
