package dev.fluentcrm.codegen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Yaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * swagger-parser's problem messages turned into {@code file#/pointer: what}. The messages in the
 * first tests are ones swagger-parser gave for the specs of {@code GeneratorRobustnessTest}; the
 * last ones load real files, so a change in swagger-parser's wording shows here.
 */
class SwaggerMessagesTest {
    private static final JsonNode TREE = tree("""
            openapi: 3.0.3
            info: {title: T, version: '1'}
            tags:
              - name: First
              - description: no name here
            paths:
              /a/{id}.json:
                get:
                  parameters:
                    - {name: limit, in: query, schema: {type: integer}}
                    - {name: bodyish, in: body, schema: {type: string}}
                    - $ref: '#/components/schemas/Tag'
                  responses: {}
              /setting/cron_status:
                get: {}
            components:
              schemas:
                a.b: {type: 3}
                Tag: {type: object}
            """);

    private static JsonNode tree(String yaml) {
        try {
            return Yaml.mapper().readTree(yaml);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String translate(String message) {
        return SwaggerMessages.translate("spec.yaml", TREE, message);
    }

    @Test
    void aMissingAttributeIsNamedByItsOwnPointer() {
        assertThat(translate("attribute paths.'/setting/cron_status'(get).responses is missing"))
                .isEqualTo(
                        "spec.yaml#/paths/~1setting~1cron_status/get/responses: 'responses' is required but missing");
        assertThat(translate("attribute info is missing")).isEqualTo("spec.yaml#/info: 'info' is required but missing");
    }

    @Test
    void aDotInsideANameOrAQuotedPathIsNotASeparator() {
        assertThat(translate("attribute components.schemas.a.b.type is not of type `string`"))
                .isEqualTo("spec.yaml#/components/schemas/a.b/type: 'type' is not of type `string`");
        assertThat(translate("paths.'/a/{id}.json'. Declared path parameter id needs to be defined as a path"
                        + " parameter in path or operation level"))
                .isEqualTo("spec.yaml#/paths/~1a~1{id}.json: Declared path parameter id needs to be defined as a"
                        + " path parameter in path or operation level");
    }

    @Test
    void aParameterNamedInBracketsIsFoundByItsIndex() {
        assertThat(
                        translate(
                                "attribute paths.'/a/{id}.json'(get).parameters.[bodyish].in is not of type `[query|header|path|cookie]`"))
                .isEqualTo("spec.yaml#/paths/~1a~1{id}.json/get/parameters/1/in: 'in' is not of type"
                        + " `[query|header|path|cookie]`");
    }

    @Test
    void anArrayItemWithoutIndexIsTheOneThatLacksOrHoldsTheKey() {
        assertThat(translate("attribute tags.name is missing"))
                .isEqualTo("spec.yaml#/tags/1/name: 'name' is required but missing");
        assertThat(translate("paths.'/a/{id}.json'(get).parameters.$ref target #/components/schemas/Tag is not of"
                        + " expected type Parameter/Header"))
                .isEqualTo("spec.yaml#/paths/~1a~1{id}.json/get/parameters/2/$ref: $ref '#/components/schemas/Tag':"
                        + " the target is not of expected type Parameter/Header");
    }

    @Test
    void aParametersSchemaIsWhatSwaggerParserCallsSchemas() {
        assertThat(translate("attribute paths.'/a/{id}.json'(get).parameters.[limit].schemas.items is missing"))
                .isEqualTo("spec.yaml#/paths/~1a~1{id}.json/get/parameters/0/schema/items: 'items' is required but"
                        + " missing");
    }

    @Test
    void theSameMessageTwiceIsAboutTheNextItem() {
        JsonNode tags = tree("tags: [{description: one}, {name: Two}, {description: three}]");
        assertThat(SwaggerMessages.translate(
                        "spec.json", tags, List.of("attribute tags.name is missing", "attribute tags.name is missing")))
                .containsExactly(
                        "spec.json#/tags/0/name: 'name' is required but missing",
                        "spec.json#/tags/2/name: 'name' is required but missing");
    }

    @Test
    void aSchemaNameSwaggerParserRefusesIsNamedAsAComponent() {
        assertThat(
                        translate(
                                "components.schemas.Schema name emoji😀 doesn't adhere to regular expression ^[a-zA-Z0-9\\.\\-_]+$"))
                .isEqualTo("spec.yaml#/components/schemas/emoji😀: the name 'emoji😀' doesn't adhere to regular"
                        + " expression ^[a-zA-Z0-9\\.\\-_]+$");
    }

    @Test
    void whatCannotBeFoundInTheTreeStaysInWordsAfterTheDeepestPlaceThatCan() {
        assertThat(translate("attribute paths.'/a/{id}.json'(get).parameters.[nosuch].content is missing"))
                .isEqualTo("spec.yaml#/paths/~1a~1{id}.json/get/parameters: (at '[nosuch].content' inside) 'content'"
                        + " is required but missing");
        assertThat(translate("paths. Resource no-leading-slash should start with /"))
                .isEqualTo("spec.yaml#/paths: Resource no-leading-slash should start with /");
    }

    @Test
    void stepsSplitOnDotsOutsideQuotesAndBrackets() {
        assertThat(SwaggerMessages.steps("paths.'/x.y'(get).parameters.[a.b].schema"))
                .containsExactly("paths", "/x.y", "get", "parameters", "[a.b]", "schema");
        assertThat(SwaggerMessages.steps("content.'application/json'.schema"))
                .containsExactly("content", "application/json", "schema");
    }

    @TempDir
    Path dir;

    private static final String HEAD = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            """;

    private static void assertRefused(Path spec, String message) {
        assertThatThrownBy(() -> new SpecLoader().loadFiles(List.of(spec)))
                .isInstanceOf(SpecException.class)
                .hasMessage(message);
    }

    @Test
    void swaggerParsersOwnProblemsArriveWithAPointer() throws IOException {
        Path spec = Files.writeString(dir.resolve("spec.yaml"), HEAD + """
                paths:
                  /x:
                    get:
                      operationId: getX
                      parameters:
                        - {name: q, in: query, schema: {type: string}}
                        - {name: bodyish, in: body, schema: {type: string}}
                """);
        assertRefused(
                spec,
                spec + "#/paths/~1x/get/parameters/1/in: 'in' is not of type `[query|header|path|cookie]`; " + spec
                        + "#/paths/~1x/get/responses: 'responses' is required but missing");
    }

    @Test
    void theKeysSwaggerParserTakesOutOfItsTreeAreStillFound() throws IOException {
        Path spec = Files.writeString(dir.resolve("spec.yaml"), HEAD + """
                paths: {}
                components:
                  schemas:
                    Campaign: {type: object, additionalProperties: [x]}
                    Odd: {$ref: 42}
                """);
        assertRefused(
                spec,
                spec + "#/components/schemas/Campaign/additionalProperties: 'additionalProperties' is not of type"
                        + " `object`; " + spec + "#/components/schemas/Odd/$ref: '$ref' is not of type `string`");
    }

    @Test
    void aReferenceToAFileThatDoesNotExistIsNamedWhereItIsWritten() throws IOException {
        Path spec = Files.writeString(dir.resolve("spec.yaml"), HEAD + """
                paths: {}
                components:
                  schemas:
                    Far: {$ref: './nested/none.json#/Far'}
                """);
        assertRefused(
                spec,
                spec + "#/components/schemas/Far/$ref: './nested/none.json#/Far' refers to a file that does not exist ("
                        + dir.resolve("nested/none.json") + ")");
    }

    @Test
    void aReferenceToAServerThatDoesNotAnswerIsNamedWhereItIsWritten() throws IOException {
        // Port 9 (discard) on the loopback: nothing listens there, the connection is refused at once.
        Path spec = Files.writeString(dir.resolve("spec.yaml"), HEAD + """
                paths: {}
                components:
                  schemas:
                    Far: {$ref: 'http://127.0.0.1:9/none.yaml#/Far'}
                """);
        assertThatThrownBy(() -> new SpecLoader().loadFiles(List.of(spec)))
                .isInstanceOf(SpecException.class)
                .hasMessageStartingWith(spec + "#/components/schemas/Far/$ref: $ref 'http://127.0.0.1:9/none.yaml'"
                        + " cannot be loaded (Unable to load URL ref: http://127.0.0.1:9/none.yaml");
    }
}
