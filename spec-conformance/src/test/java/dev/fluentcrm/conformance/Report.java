package dev.fluentcrm.conformance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The matrix as {@code target/conformance.json}: one entry per tool and target, with the tool's
 * version, the result ({@code pass}, {@code fail}, or {@code not run} with the reason) and its
 * counts. Tests record an entry before they assert, so a failure is in the report too; the file
 * is rewritten after every entry.
 */
final class Report {
    static final String PASS = "pass";
    static final String FAIL = "fail";
    static final String NOT_RUN = "not run";

    private static final Map<String, Entry> ENTRIES = new TreeMap<>();

    private Report() {}

    static final class Entry {
        private final String tool;
        private final String version;
        private final String target;
        private String result = PASS;
        private final Map<String, Object> counts = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();

        Entry(String tool, String version, String target) {
            this.tool = tool;
            this.version = version;
            this.target = target;
        }

        Entry count(String name, Object value) {
            counts.put(name, value);
            return this;
        }

        Entry note(String note) {
            notes.add(note);
            return this;
        }

        Entry result(String result) {
            this.result = result;
            return this;
        }

        /** {@code pass} when the condition holds, else {@code fail}. */
        Entry passIf(boolean ok) {
            return result(ok ? PASS : FAIL);
        }

        /** Adds the entry to the report and writes the file. */
        Entry record() {
            Report.record(this);
            return this;
        }
    }

    static Entry entry(String tool, String version, String target) {
        return new Entry(tool, version, target);
    }

    private static synchronized void record(Entry entry) {
        ENTRIES.put(entry.tool + " / " + entry.target, entry);
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("spec", Tools.specName(Tools.specYaml()));
        root.put("specVersion", System.getProperty("conformance.spec.version"));
        ArrayNode results = root.putArray("results");
        for (Entry e : ENTRIES.values()) {
            ObjectNode node = results.addObject();
            node.put("tool", e.tool);
            node.put("version", e.version);
            node.put("target", e.target);
            node.put("result", e.result);
            node.set("counts", Json.MAPPER.valueToTree(e.counts));
            node.set("notes", Json.MAPPER.valueToTree(e.notes));
        }
        Path file = Path.of(Tools.property("conformance.report"));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
