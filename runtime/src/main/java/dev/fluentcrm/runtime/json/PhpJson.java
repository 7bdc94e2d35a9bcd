package dev.fluentcrm.runtime.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The one Jackson configuration of the SDK. It reads what PHP really sends ({@code "12"} for
 * 12, {@code "yes"}/{@code "1"} for true, {@code []} for an empty object, {@code ""} or
 * {@code false} for "nothing", {@code 0000-00-00 00:00:00} for no date) and writes what the
 * server expects.
 */
public final class PhpJson {
    private PhpJson() {}

    /** A new mapper; build one per client and share it, since mappers are thread-safe. */
    public static ObjectMapper newMapper() {
        SimpleModule php = new SimpleModule("fluentcrm-php");
        php.addDeserializer(Boolean.class, new LenientScalars.BooleanReader(Boolean.class));
        php.addDeserializer(boolean.class, new LenientScalars.BooleanReader(boolean.class));
        php.addDeserializer(LocalDateTime.class, new LenientScalars.DateTimeReader());
        php.addDeserializer(LocalDate.class, new LenientScalars.DateReader());
        php.addSerializer(LocalDateTime.class, new LenientScalars.DateTimeWriter());
        php.addSerializer(LocalDate.class, new LenientScalars.DateWriter());
        php.setDeserializerModifier(new PhpShapes());

        JsonMapper mapper = JsonMapper.builder()
                .addModule(php)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
        // "" where a number, date or object is expected means "no value".
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull)
                .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.AsNull)
                .setAcceptBlankAsEmpty(Boolean.TRUE);
        return mapper;
    }
}
