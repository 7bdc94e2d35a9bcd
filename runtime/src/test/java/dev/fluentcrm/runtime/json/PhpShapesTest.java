package dev.fluentcrm.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fluentcrm.runtime.page.Page;
import dev.fluentcrm.runtime.testing.Models.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Containers PHP's json_encode gets "wrong", and extra keys kept on records. */
class PhpShapesTest {
    private final ObjectMapper mapper = PhpJson.newMapper();

    record Holder(
            @JsonProperty("tag") Tag tag,
            @JsonProperty("meta") Map<String, Object> meta,
            @JsonProperty("tags") List<Tag> tags,
            @JsonProperty("ids") List<Long> ids) {}

    @Test
    void emptyArrayIsAnEmptyObject() throws Exception {
        Holder h = mapper.readValue("{\"meta\":[]}", Holder.class);

        assertThat(h.meta()).isNotNull().isEmpty();
        assertThat(mapper.readValue("[]", new TypeReference<Map<String, String>>() {}))
                .isNotNull()
                .isEmpty();
    }

    @Test
    void nonEmptyArrayIsNoObject() {
        assertThatThrownBy(() -> mapper.readValue("{\"meta\":[1,2]}", Holder.class))
                .isInstanceOf(JsonMappingException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "false", "[]", "null"})
    void absentRecords(String json) throws Exception {
        assertThat(mapper.readValue("{\"tag\":" + json + "}", Holder.class).tag())
                .isNull();
        assertThat(mapper.readValue(json, Tag.class)).isNull();
    }

    @Test
    void objectWithNumericKeysIsAList() throws Exception {
        Holder h = mapper.readValue(
                "{\"tags\":{\"0\":{\"id\":\"4\",\"title\":\"A\"},\"2\":{\"id\":\"9\",\"title\":\"B\"}},"
                        + "\"ids\":{\"1\":\"5\",\"3\":7}}",
                Holder.class);

        assertThat(h.tags()).extracting(Tag::id).containsExactly(4L, 9L);
        assertThat(h.tags()).extracting(Tag::title).containsExactly("A", "B");
        assertThat(h.ids()).containsExactly(5L, 7L);
    }

    @Test
    void paginatorWithNumericKeyedDataIsAPage() throws Exception {
        // Laravel's paginator after filter() keeps the keys, so json_encode writes an object.
        Page<Tag> page = mapper.readValue(
                "{\"total\":\"3\",\"per_page\":\"2\",\"current_page\":\"2\",\"last_page\":\"2\","
                        + "\"data\":{\"2\":{\"id\":7}}}",
                new TypeReference<Page<Tag>>() {});

        assertThat(page.items()).extracting(Tag::id).containsExactly(7L);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.currentPage()).isEqualTo(2);
        assertThat(page.hasNextPage()).isFalse();
    }

    @Test
    void aSingleValueIsAOneElementList() throws Exception {
        assertThat(mapper.readValue("{\"ids\":\"5\"}", Holder.class).ids()).containsExactly(5L);
    }

    @Test
    void extraKeysAreKeptInTheRecordsMapAndWrittenBack() throws Exception {
        Tag tag = mapper.readValue(
                "{\"id\":4,\"title\":\"VIP\",\"__bench\":0.0203,\"subscribersCount\":\"2\",\"color\":\"red\"}",
                Tag.class);

        assertThat(tag.id()).isEqualTo(4L);
        assertThat(tag.subscribersCount()).isEqualTo(2);
        assertThat(tag.additionalProperties())
                .containsOnlyKeys("__bench", "color")
                .containsEntry("color", "red");
        assertThat(tag.additionalProperties().get("__bench")).isEqualTo(new BigDecimal("0.0203"));

        String written = mapper.writeValueAsString(tag);
        assertThat(mapper.readTree(written))
                .isEqualTo(mapper.readTree(
                        "{\"id\":4,\"title\":\"VIP\",\"subscribersCount\":2,\"__bench\":0.0203,\"color\":\"red\"}"));
    }

    @Test
    void withoutExtraKeysTheMapIsEmptyOrAbsentButNeverInTheOutput() throws Exception {
        Tag tag = mapper.readValue("{\"id\":1}", Tag.class);

        assertThat(tag.additionalProperties() == null
                        || tag.additionalProperties().isEmpty())
                .isTrue();
        assertThat(mapper.writeValueAsString(tag)).isEqualTo("{\"id\":1}");
    }
}
