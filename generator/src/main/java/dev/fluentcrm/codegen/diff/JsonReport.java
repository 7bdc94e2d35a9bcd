package dev.fluentcrm.codegen.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The report as one JSON object, keys in a fixed order and lines ending in {@code \n} on every system. */
final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {}

    static String render(DiffReport report, String sdkVersion) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("old", side(report.oldSide()));
        root.set("new", side(report.newSide()));
        root.put("bump", report.bump().id());
        root.put("bumpWhileZeroMajor", report.bump().beforeOne().id());
        if (sdkVersion != null) {
            root.put("sdkVersion", sdkVersion);
            root.put("nextSdkVersion", report.bump().next(sdkVersion));
        }
        root.put("breaking", report.breakingCount());
        ArrayNode changes = root.putArray("changes");
        for (Change change : report.changes()) {
            ObjectNode node = changes.addObject();
            node.put("kind", change.kind().id());
            node.put("location", change.location());
            if (change.pointer() != null) {
                node.put("pointer", change.pointer());
            }
            node.put("javaElement", change.javaElement());
            node.put("breaking", change.breaking());
            node.put("bump", change.bump().id());
            node.put("message", change.message());
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer =
                new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings and numbers always serialises", e);
        }
    }

    private static ObjectNode side(DiffReport.Side side) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("label", side.label());
        node.put("specVersion", side.specVersion());
        return node;
    }
}
