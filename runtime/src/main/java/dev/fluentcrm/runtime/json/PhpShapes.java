package dev.fluentcrm.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import java.io.IOException;
import java.util.LinkedHashMap;

/**
 * Container shapes PHP gets "wrong": {@code json_encode} writes an empty associative array as
 * {@code []}, a list with gaps in its keys as an object {@code {"0": .., "2": ..}}, and many
 * controllers answer {@code false} or {@code ""} where a record is missing.
 */
final class PhpShapes extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(
            DeserializationConfig config, BeanDescription desc, JsonDeserializer<?> deserializer) {
        Class<?> type = desc.getBeanClass();
        if (type.isPrimitive()
                || type.isEnum()
                || type.getName().startsWith("java.")
                || JsonNode.class.isAssignableFrom(type)) {
            return deserializer;
        }
        return new Tolerant(deserializer, Shape.RECORD);
    }

    @Override
    public JsonDeserializer<?> modifyMapDeserializer(
            DeserializationConfig config, MapType type, BeanDescription desc, JsonDeserializer<?> deserializer) {
        return new Tolerant(deserializer, Shape.MAP);
    }

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(
            DeserializationConfig config, CollectionType type, BeanDescription desc, JsonDeserializer<?> deserializer) {
        return new Tolerant(deserializer, Shape.LIST);
    }

    private enum Shape {
        RECORD,
        MAP,
        LIST
    }

    private static final class Tolerant extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;
        private final Shape shape;

        Tolerant(JsonDeserializer<?> delegate, Shape shape) {
            super(delegate);
            this.shape = shape;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Tolerant(newDelegatee, shape);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_FALSE
                    || (token == JsonToken.VALUE_STRING && p.getText().isEmpty())) {
                return null;
            }
            if (shape == Shape.MAP && token == JsonToken.START_ARRAY) {
                JsonNode array = p.readValueAsTree();
                if (array.isEmpty()) {
                    return new LinkedHashMap<>();
                }
                return ctxt.handleUnexpectedToken(
                        handledType(), JsonToken.START_ARRAY, p, "an array where an object was expected");
            }
            if (shape == Shape.LIST && token == JsonToken.START_OBJECT) {
                JsonNode object = p.readValueAsTree();
                // Only an object keyed 0, 1, 5 ... is a PHP list with gaps; any other object is a
                // single value, which the delegate wraps into a one-element list.
                boolean numericKeys = !object.isEmpty();
                for (var property : object.properties()) {
                    numericKeys &= !property.getKey().isEmpty()
                            && property.getKey().chars().allMatch(Character::isDigit);
                }
                JsonNode values = object;
                if (numericKeys) {
                    ArrayNode list = ctxt.getNodeFactory().arrayNode();
                    object.elements().forEachRemaining(list::add);
                    values = list;
                } else if (object.isEmpty()) {
                    values = ctxt.getNodeFactory().arrayNode();
                }
                JsonParser valuesParser = values.traverse(p.getCodec());
                valuesParser.nextToken();
                return _delegatee.deserialize(valuesParser, ctxt);
            }
            return _delegatee.deserialize(p, ctxt);
        }
    }
}
