package dev.fluentcrm.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Serializers for booleans the server stores as text. Decoding needs no help: the lenient
 * boolean reader of {@link PhpJson} accepts every spelling.
 */
public final class PhpFlag {
    private PhpFlag() {}

    /** Writes {@code true}/{@code false} as {@code "yes"}/{@code "no"}. */
    public static final class YesNo extends StdSerializer<Boolean> {
        private static final long serialVersionUID = 1L;

        public YesNo() {
            super(Boolean.class);
        }

        @Override
        public void serialize(Boolean value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value ? "yes" : "no");
        }
    }

    /** Writes {@code true}/{@code false} as {@code "1"}/{@code "0"}. */
    public static final class OneZero extends StdSerializer<Boolean> {
        private static final long serialVersionUID = 1L;

        public OneZero() {
            super(Boolean.class);
        }

        @Override
        public void serialize(Boolean value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value ? "1" : "0");
        }
    }
}
