package dev.fluentcrm.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Response bodies for the benchmarks, from the real FluentCRM responses in the shared reference. */
public final class Fixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    public static byte[] real(String name) {
        String reference = System.getProperty("bench.reference");
        if (reference == null) {
            throw new IllegalStateException("Set -Dbench.reference to the shared reference directory");
        }
        try {
            return Files.readAllBytes(Path.of(reference, "real-responses", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code GET /subscribers} answering one page of {@code count} contacts: the real answer's
     * envelope and first contact (with its tags and lists), repeated with distinct ids and emails.
     */
    public static byte[] contactsPage(int count) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(real("subscribers_list.json"));
            ObjectNode page = (ObjectNode) root.get("subscribers");
            JsonNode first = page.get("data").get(0);
            ArrayNode data = JSON.createArrayNode();
            for (int i = 1; i <= count; i++) {
                ObjectNode contact = first.deepCopy();
                contact.put("id", i);
                contact.put("email", "contact" + i + "@example.org");
                contact.put("hash", Integer.toHexString(i * 7919));
                data.add(contact);
            }
            page.set("data", data);
            page.put("total", count)
                    .put("per_page", count)
                    .put("current_page", 1)
                    .put("last_page", 1)
                    .put("from", 1)
                    .put("to", count);
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
