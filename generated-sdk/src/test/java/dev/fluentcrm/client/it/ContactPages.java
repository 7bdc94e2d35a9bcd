package dev.fluentcrm.client.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * {@code GET /subscribers} split into pages: the five contacts of the captured
 * {@code subscribers_list.json}, in its exact envelope and paginator shape, {@code perPage} per
 * page, served according to the request's {@code page} parameter.
 */
public final class ContactPages {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The emails of the captured contacts, in the server's order. */
    public static final List<String> EMAILS = List.of(
            "margaret@example.org", "linus@example.com", "grace@example.net", "alan@example.org", "ada@example.com");

    private ContactPages() {}

    /** Answers each request with the page its {@code page} parameter names (1 when absent). */
    public static Function<ScriptedServer.Recorded, ScriptedServer.Reply> perPage(int perPage) {
        return request -> {
            String page = request.queryValue("page");
            return ScriptedServer.Reply.json(200, page(page == null ? 1 : Integer.parseInt(page), perPage));
        };
    }

    /** Page {@code number} of the captured list, {@code perPage} contacts a page. */
    public static String page(int number, int perPage) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(RealResponses.body("subscribers_list"));
            ObjectNode paginator = (ObjectNode) root.get("subscribers");
            JsonNode all = paginator.get("data");
            int total = all.size();
            int lastPage = (total + perPage - 1) / perPage;
            ArrayNode data = JSON.createArrayNode();
            int from = (number - 1) * perPage;
            for (int i = from; i < Math.min(from + perPage, total); i++) {
                data.add(all.get(i));
            }
            String url = "https://crm.example.com/wp-json/fluent-crm/v2/subscribers?page=";
            paginator
                    .put("total", total)
                    .put("per_page", perPage)
                    .put("current_page", number)
                    .put("last_page", lastPage)
                    .put("from", data.isEmpty() ? null : from + 1)
                    .put("to", data.isEmpty() ? null : from + data.size());
            paginator.put("next_page_url", number < lastPage ? url + (number + 1) : null);
            paginator.put("prev_page_url", number > 1 ? url + (number - 1) : null);
            paginator.set("data", data);
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
