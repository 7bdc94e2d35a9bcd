package dev.fluentcrm.server.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.fluentcrm.runtime.http.FilePart;
import dev.fluentcrm.runtime.json.PhpJson;
import dev.fluentcrm.runtime.page.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The server's Jackson configuration: the client's tolerant {@link PhpJson} mapper (so a server
 * reads exactly what a client may send), plus writing {@link Page}s as Laravel paginators and
 * reading uploaded files into {@link FilePart}s.
 */
public final class ServerJson {
    private ServerJson() {}

    public static ObjectMapper newMapper() {
        SimpleModule server = new SimpleModule("fluentcrm-server");
        server.addSerializer(Page.class, new PageWriter());
        server.addDeserializer(FilePart.class, new FilePartReader());
        return PhpJson.newMapper().registerModule(server);
    }

    /** A page as FluentCRM's Laravel paginator sends it. */
    @SuppressWarnings("rawtypes")
    private static final class PageWriter extends JsonSerializer<Page> {
        @Override
        public void serialize(Page page, JsonGenerator json, SerializerProvider provider) throws IOException {
            int first = (page.currentPage() - 1) * page.perPage() + 1;
            json.writeStartObject();
            json.writeNumberField("current_page", page.currentPage());
            json.writeFieldName("data");
            provider.defaultSerializeValue(page.items(), json);
            json.writeNumberField("per_page", page.perPage());
            json.writeNumberField("last_page", page.lastPage());
            json.writeNumberField("total", page.total());
            if (page.items().isEmpty()) {
                json.writeNullField("from");
                json.writeNullField("to");
            } else {
                json.writeNumberField("from", first);
                json.writeNumberField("to", first + page.items().size() - 1);
            }
            json.writeEndObject();
        }
    }

    /** A file part as the multipart reader leaves it: {@code {file_name, content_type, content}} (content in Base64). */
    private static final class FilePartReader extends JsonDeserializer<FilePart> {
        @Override
        public FilePart deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            if (node.isTextual()) {
                return FilePart.of(
                        "upload", "application/octet-stream", node.asText().getBytes(StandardCharsets.UTF_8));
            }
            byte[] content = Base64.getDecoder().decode(node.path("content").asText(""));
            return FilePart.of(
                    node.path("file_name").asText("upload"),
                    node.path("content_type").asText("application/octet-stream"),
                    content);
        }
    }
}
