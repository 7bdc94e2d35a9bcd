package dev.fluentcrm.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;

/** Readers and writers for the scalars PHP spells in more than one way. */
final class LenientScalars {
    private LenientScalars() {}

    /** Reads true, 1, "1", "yes", "on", "true" as true; false, 0, "0", "no", "off", "false", "" as false. */
    static final class BooleanReader extends StdScalarDeserializer<Boolean> {
        private static final long serialVersionUID = 1L;

        BooleanReader(Class<?> type) {
            super(type);
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            switch (token) {
                case VALUE_TRUE:
                    return Boolean.TRUE;
                case VALUE_FALSE:
                    return Boolean.FALSE;
                case VALUE_NUMBER_INT:
                    return p.getLongValue() != 0;
                case VALUE_STRING:
                    return parse(p.getText().trim().toLowerCase(Locale.ROOT), p, ctxt);
                case VALUE_NULL:
                    return null;
                default:
                    return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
            }
        }

        private static Boolean parse(String text, JsonParser p, DeserializationContext ctxt) throws IOException {
            switch (text) {
                case "1":
                case "yes":
                case "true":
                case "on":
                    return Boolean.TRUE;
                case "0":
                case "no":
                case "false":
                case "off":
                case "":
                    return Boolean.FALSE;
                default:
                    return (Boolean) ctxt.handleWeirdStringValue(Boolean.class, text, "not a PHP boolean");
            }
        }
    }

    /** Reads {@code 2026-11-26 10:00:00} (and ISO-8601, with or without an offset); the MySQL zero date is null. */
    static final class DateTimeReader extends StdScalarDeserializer<LocalDateTime> {
        private static final long serialVersionUID = 1L;

        DateTimeReader() {
            super(LocalDateTime.class);
        }

        @Override
        public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_FALSE) {
                return null;
            }
            String text = p.getValueAsString();
            if (text == null || text.isBlank() || text.startsWith("0000-00-00")) {
                return null;
            }
            try {
                LocalDateTime mysql = PhpDates.parseMysqlDateTime(text);
                if (mysql != null) {
                    return mysql;
                }
                if (text.length() == 10) {
                    return LocalDate.parse(text).atStartOfDay();
                }
                if (text.length() > 19
                        && (text.endsWith("Z")
                                || text.charAt(text.length() - 6) == '+'
                                || text.charAt(text.length() - 6) == '-')) {
                    return OffsetDateTime.parse(text).toLocalDateTime();
                }
                return LocalDateTime.parse(text);
            } catch (DateTimeException e) {
                return (LocalDateTime)
                        ctxt.handleWeirdStringValue(LocalDateTime.class, text, "not a date-time: " + e.getMessage());
            }
        }
    }

    /** Reads {@code 2026-11-26}, ignoring a time part if the column holds one. */
    static final class DateReader extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        DateReader() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_FALSE) {
                return null;
            }
            String text = p.getValueAsString();
            if (text == null || text.isBlank() || text.startsWith("0000-00-00")) {
                return null;
            }
            try {
                LocalDate date = PhpDates.parseMysqlDate(text);
                return date != null ? date : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date: " + e.getMessage());
            }
        }
    }

    static final class DateTimeWriter extends StdSerializer<LocalDateTime> {
        private static final long serialVersionUID = 1L;

        DateTimeWriter() {
            super(LocalDateTime.class);
        }

        @Override
        public void serialize(LocalDateTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.format(PhpDates.DATE_TIME));
        }
    }

    static final class DateWriter extends StdSerializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        DateWriter() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }
}
