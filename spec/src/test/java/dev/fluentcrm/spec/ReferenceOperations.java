package dev.fluentcrm.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** The rows of {@code operations.tsv}: the 319 operations FluentCRM's docs publish. */
record ReferenceOperations(List<Row> rows) {
    record Row(String module, String docsTag, String method, String path, String docsOperationId, String file) {
        String key() {
            return method.toUpperCase() + " " + path;
        }
    }

    static ReferenceOperations load() {
        try {
            List<Row> rows = Files.readAllLines(BundledSpec.reference().resolve("operations.tsv")).stream()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t"))
                    .map(c -> new Row(c[0], c[1], c[2], c[3], c[4], c[6]))
                    .toList();
            return new ReferenceOperations(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
