package dev.fluentcrm.spec.bundle;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Renders the bundled document as YAML and JSON, byte-for-byte the same on every run. */
final class SpecWriter {
    private final YAMLMapper yaml = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .stringQuotingChecker(new TimestampQuotingChecker())
            .build());
    private final ObjectMapper json = new ObjectMapper();

    byte[] yaml(JsonNode document) throws IOException {
        return yaml.writeValueAsBytes(document);
    }

    byte[] json(JsonNode document) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        String text = json.writer(printer).writeValueAsString(document) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * YAML 1.1 readers (js-yaml, SnakeYAML) turn an unquoted {@code 2026-11-26 10:00:00} into a
     * timestamp object, which would change the meaning of our examples; quote such strings.
     */
    private static final class TimestampQuotingChecker extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;
        private static final Pattern DATE_LIKE = Pattern.compile("^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?$");

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || DATE_LIKE.matcher(value).matches();
        }
    }
}
