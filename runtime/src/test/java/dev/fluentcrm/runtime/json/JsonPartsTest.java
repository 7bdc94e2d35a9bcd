package dev.fluentcrm.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Binding the part of an answer a pointer names, in one streaming pass. */
class JsonPartsTest {
    private final ObjectMapper mapper = PhpJson.newMapper();
    private final JavaType ids = mapper.constructType(new TypeReference<List<Long>>() {});

    private <T> T read(String body, JavaType type, String pointer) throws Exception {
        return JsonParts.read(mapper.readerFor(type), body, JsonPointer.compile(pointer));
    }

    @Test
    void findsThePartBehindSkippedSiblingsOfEveryShape() throws Exception {
        String body =
                "{\"a\":{\"x\":[1,{\"y\":2}]},\"b\":[[]],\"c\":\"s\",\"d\":null,\"subscribers\":{\"data\":[\"3\",4]},\"e\":true}";
        assertThat(this.<List<Long>>read(body, ids, "/subscribers/data")).containsExactly(3L, 4L);
        assertThat(this.<Long>read(body, mapper.constructType(Long.class), "/a/x/1/y"))
                .isEqualTo(2L);
    }

    @Test
    void agreesWithJsonNodeAtOnWhatItFinds() throws Exception {
        String body = "{\"list\":[{\"id\":\"7\"},{\"id\":\"8\"}],\"0\":{\"id\":9}}";
        JsonNode tree = mapper.readTree(body);
        JavaType nodeType = mapper.constructType(JsonNode.class);
        for (String pointer : List.of(
                "/list/1", "/list/1/id", "/0", "/0/id", "/list", "/list/2", "/nope", "/list/x", "/0/id/deeper")) {
            JsonNode expected = tree.at(pointer);
            JsonNode actual = read(body, nodeType, pointer);
            assertThat(actual).as(pointer).isEqualTo(expected.isMissingNode() ? null : expected);
        }
    }

    @Test
    void anAbsentPartIsNull() throws Exception {
        assertThat(this.<List<Long>>read("{\"other\":[1]}", ids, "/subscribers"))
                .isNull();
        assertThat(this.<List<Long>>read("[]", ids, "/subscribers")).isNull();
        assertThat(this.<List<Long>>read("\"text\"", ids, "/subscribers")).isNull();
    }

    @Test
    void theWholeBodyAndABlankBody() throws Exception {
        assertThat(this.<List<Long>>read("[\"1\",2]", ids, "")).containsExactly(1L, 2L);
        assertThat(this.<List<Long>>read("  ", ids, "/subscribers")).isNull();
        assertThat(this.<Map<String, Object>>read(null, mapper.constructType(Map.class), ""))
                .isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"subscribers\":[1,2],\"total\":", // cut after the part
                "{\"subscribers\":[1,2],\"total\":3", // cut before the closing brace
                "{\"subscribers\":[1,2],\"meta\":{\"a\":[1,}}", // malformed after the part
                "{\"meta\":{\"a\":[1,}},\"subscribers\":[1]}", // malformed before the part
                "{\"other\":[1,2", // cut, part absent
            })
    void aBrokenBodyFailsEvenWhenThePartItselfIsWhole(String body) {
        assertThatThrownBy(() -> read(body, ids, "/subscribers")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void collectsTheSiblingsOfATopLevelPartAsTreesInOrder() throws Exception {
        Map<String, JsonNode> siblings = new LinkedHashMap<>();
        List<Long> value = JsonParts.read(
                mapper.readerFor(ids),
                "{\"a\":{\"x\":[1]},\"ids\":[\"3\",4],\"b\":null,\"c\":\"s\"}",
                JsonPointer.compile("/ids"),
                siblings);

        assertThat(value).containsExactly(3L, 4L);
        assertThat(siblings.keySet()).containsExactly("a", "b", "c");
        assertThat(siblings.get("a")).isEqualTo(mapper.readTree("{\"x\":[1]}"));
        assertThat(siblings.get("b").isNull()).isTrue();
    }

    @Test
    void collectingSiblingsStillFailsOnATruncatedAnswerAndCollectsNothingForDeeperPointers() throws Exception {
        assertThatThrownBy(() -> JsonParts.read(
                        mapper.readerFor(ids), "{\"ids\":[1],\"b\":[1,", JsonPointer.compile("/ids"), new HashMap<>()))
                .isInstanceOf(JsonProcessingException.class);
        Map<String, JsonNode> siblings = new HashMap<>();
        assertThat(this.<Object>read("{\"a\":{\"ids\":[5]},\"b\":1}", ids, "/a/ids"))
                .isEqualTo(List.of(5L));
        assertThat((List<Long>) JsonParts.read(
                        mapper.readerFor(ids),
                        "{\"a\":{\"ids\":[5]},\"b\":1}",
                        JsonPointer.compile("/a/ids"),
                        siblings))
                .containsExactly(5L);
        assertThat(siblings).isEmpty();
    }
}
