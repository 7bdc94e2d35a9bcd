package dev.fluentcrm.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run found: every finding, and the counts for the summary line and the JSON report.
 *
 * @param site the API root checked
 * @param release the site's release as detected or given ({@code null} when unknown)
 * @param routes how many route + method pairs the site's index lists
 * @param operations how many operations the spec has
 * @param called how many operations were called (reads and write steps)
 * @param types where the decoding types came from
 * @param findings everything found, mismatches and notes
 */
public record Report(
        String site, String release, int routes, int operations, int called, String types, List<Finding> findings) {

    public long mismatches() {
        return findings.stream().filter(Finding::isMismatch).count();
    }

    public long count(Finding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).count();
    }

    /** One line: {@code verify-live: 3 mismatches (...); 270 routes, 319 operations, 180 called, 12 skipped}. */
    public String summary() {
        StringBuilder kinds = new StringBuilder();
        for (Finding.Kind kind : Finding.Kind.values()) {
            if (kind.isMismatch() && count(kind) > 0) {
                kinds.append(kinds.length() == 0 ? " (" : ", ")
                        .append(count(kind))
                        .append(' ')
                        .append(kind.label());
            }
        }
        if (kinds.length() > 0) {
            kinds.append(')');
        }
        return "verify-live: " + mismatches() + (mismatches() == 1 ? " mismatch" : " mismatches") + kinds + "; site "
                + site + (release == null ? "" : " (" + release + ")") + ", " + routes + " routes, " + operations
                + " operations in the spec, " + called + " calls, " + count(Finding.Kind.DECLARED_ERROR)
                + " declared errors, " + count(Finding.Kind.SKIPPED) + " skipped; types from " + types;
    }

    /** Writes the report as JSON (findings in the order found). */
    public void writeJson(Path file) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("site", site);
        root.put("release", release);
        root.put("routes", routes);
        root.put("operations", operations);
        root.put("calls", called);
        root.put("types", types);
        root.put("mismatches", mismatches());
        ArrayNode list = root.putArray("findings");
        for (Finding finding : findings) {
            ObjectNode node = list.addObject();
            node.put("kind", finding.kind().label());
            node.put("mismatch", finding.isMismatch());
            node.put("operationId", finding.operationId());
            node.put("method", finding.method());
            node.put("url", finding.url());
            node.put("bodyPointer", finding.bodyPointer());
            node.put("schemaPointer", finding.schemaPointer());
            node.put("expected", finding.expected());
            node.put("actual", finding.actual());
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, json.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + file + ": " + e.getMessage(), e);
        }
    }
}
