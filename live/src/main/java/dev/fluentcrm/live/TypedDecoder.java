package dev.fluentcrm.live;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.codegen.model.TypeRef;
import dev.fluentcrm.runtime.http.FilePart;
import dev.fluentcrm.runtime.json.JsonParts;
import dev.fluentcrm.runtime.json.PhpJson;
import dev.fluentcrm.runtime.page.Page;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes an answer the way the generated client does: the operation's Java type (from the
 * generator's model), the generated classes, the runtime's {@link PhpJson} mapper and
 * {@link JsonParts} for a page inside an envelope.
 */
public final class TypedDecoder {
    private final ModelClasses classes;
    private final ObjectMapper mapper = PhpJson.newMapper();
    private final TypeFactory types;

    public TypedDecoder(ModelClasses classes) {
        this.classes = classes;
        this.types = mapper.getTypeFactory().withClassLoader(classes.loader());
    }

    /** Where in the body decoding failed (a JSON pointer) and why. */
    public record Problem(String bodyPointer, String message) {}

    /** Why the body does not decode as the operation's type, or empty when it does. */
    public Optional<Problem> problem(Operation operation, String body) {
        if (operation.response().isNone()) {
            return Optional.empty();
        }
        JavaType type;
        try {
            type = javaType(operation.response());
        } catch (ClassNotFoundException e) {
            return Optional.of(new Problem("", "the generated class " + e.getMessage() + " is missing"));
        }
        JsonPointer pointer = JsonPointer.compile(operation.responsePointer());
        try {
            if (type.getRawClass() == Page.class && !pointer.matches()) {
                Map<String, JsonNode> siblings = new LinkedHashMap<>();
                JsonParts.read(mapper.readerFor(type), body, pointer, siblings);
            } else {
                JsonParts.read(mapper.readerFor(type), body, pointer);
            }
            return Optional.empty();
        } catch (JsonMappingException e) {
            StringBuilder at = new StringBuilder(operation.responsePointer());
            for (JsonMappingException.Reference reference : e.getPath()) {
                at.append('/')
                        .append(
                                reference.getFieldName() != null
                                        ? reference
                                                .getFieldName()
                                                .replace("~", "~0")
                                                .replace("/", "~1")
                                        : String.valueOf(reference.getIndex()));
            }
            String model = classes.modelPackage() + ".";
            return Optional.of(new Problem(
                    at.toString(),
                    type.toCanonical().replace(model, "") + " at "
                            + e.getPathReference().replace(model, "") + ": "
                            + e.getOriginalMessage().replace(model, "")));
        } catch (JsonProcessingException e) {
            return Optional.of(new Problem("", "not JSON: " + e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            return Optional.of(new Problem("", e.toString()));
        }
    }

    private final Map<TypeRef, JavaType> cache = new HashMap<>();

    JavaType javaType(TypeRef ref) throws ClassNotFoundException {
        JavaType cached = cache.get(ref);
        if (cached != null) {
            return cached;
        }
        try {
            JavaType type = ref.accept(new Mapping());
            cache.put(ref, type);
            return type;
        } catch (MissingClass e) {
            throw (ClassNotFoundException) e.getCause();
        }
    }

    /** A class the spec names that the loader lacks, carried out of the visitor. */
    private static final class MissingClass extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingClass(ClassNotFoundException cause) {
            super(cause);
        }
    }

    /** The generator's {@code JavaTypes} mapping, as Jackson types of the loaded classes. */
    private final class Mapping implements TypeRef.Visitor<JavaType> {
        @Override
        public JavaType scalar(TypeRef.Scalar scalar) {
            return types.constructType(TypedDecoder.scalar(scalar.kind()));
        }

        @Override
        public JavaType list(TypeRef.ListOf list) {
            return types.constructCollectionType(List.class, list.items().accept(this));
        }

        @Override
        public JavaType map(TypeRef.MapOf map) {
            return types.constructMapType(
                    Map.class, types.constructType(String.class), map.values().accept(this));
        }

        @Override
        public JavaType named(TypeRef.Named named) {
            try {
                return types.constructType(
                        Class.forName(classes.modelPackage() + "." + named.name(), true, classes.loader()));
            } catch (ClassNotFoundException e) {
                throw new MissingClass(e);
            }
        }

        @Override
        public JavaType page(TypeRef.PageOf page) {
            return types.constructParametricType(Page.class, page.items().accept(this));
        }

        @Override
        public JavaType any(TypeRef.AnyJson any) {
            return types.constructType(JsonNode.class);
        }

        @Override
        public JavaType none(TypeRef.None none) {
            return types.constructType(Void.class);
        }
    }

    /** As the generator's {@code JavaTypes.scalar}: the Java class of each scalar kind. */
    private static Class<?> scalar(TypeRef.ScalarKind kind) {
        return switch (kind) {
            case STRING -> String.class;
            case LONG -> Long.class;
            case INTEGER -> Integer.class;
            case DECIMAL -> BigDecimal.class;
            case DOUBLE -> Double.class;
            case BOOLEAN -> Boolean.class;
            case DATE_TIME -> LocalDateTime.class;
            case DATE -> LocalDate.class;
            case BINARY -> FilePart.class;
        };
    }
}
