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
            .stringQuotingChecker(new Yaml11QuotingChecker())
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
     * Quotes every string that a YAML reader would resolve to something else. YAML 1.1 readers
     * (PyYAML, SnakeYAML, Ruby's Psych, go-yaml v2) resolve far more plain scalars than YAML 1.2
     * ones: {@code yes}/{@code no}/{@code on}/{@code off}/{@code y}/{@code n} are booleans,
     * {@code ~} is null, {@code =} is the "value" key (PyYAML cannot even construct it),
     * {@code <<} merges mappings, {@code 1:20} is a sexagesimal number, {@code 0123} an octal
     * one, {@code 1_000} a thousand and {@code 2026-11-26 10:00:00} a timestamp. Readers differ
     * in which letter cases they accept, so the words are matched in any case; and a string
     * that merely starts like a number is quoted too, which costs nothing but two quotes.
     * Names (mapping keys) are checked the same way: an unquoted key {@code on} is {@code true}.
     */
    static final class Yaml11QuotingChecker extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;
        private static final Pattern SPECIAL_WORD =
                Pattern.compile("(?i)y|n|yes|no|true|false|on|off|null|~|=|<<|[-+]?\\.inf|\\.nan");
        private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?\\.?[0-9].*", Pattern.DOTALL);

        static boolean resolvesToNonString(String text) {
            return SPECIAL_WORD.matcher(text).matches()
                    || NUMBER_LIKE.matcher(text).matches();
        }

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || resolvesToNonString(value);
        }

        @Override
        public boolean needToQuoteName(String name) {
            return super.needToQuoteName(name) || resolvesToNonString(name);
        }
    }
}
