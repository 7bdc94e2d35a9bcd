package dev.fluentcrm.codegen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.model.Api;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specs the generator cannot use: each error is a {@link SpecException} whose one message names
 * the file and the JSON pointer of the problem (a syntax error: the line), so it can be shown as is.
 */
class SpecErrorsTest {
    private static final String HEAD = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            """;

    @TempDir
    Path dir;

    private Path file(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml);
    }

    private static Api load(Path... files) {
        List<URI> uris = new ArrayList<>();
        for (Path file : files) {
            uris.add(file.toUri());
        }
        return Generator.load(uris);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertLoadFails(Path... files) {
        return assertThatThrownBy(() -> load(files)).isInstanceOf(SpecException.class);
    }

    @Test
    void aDanglingSchemaRefNamesTheFileAndWhereTheRefIs() throws IOException {
        Path spec = file("spec.yaml", HEAD + """
                paths:
                  /things:
                    get:
                      operationId: listThings
                      tags: [Things]
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/Missing'
                """);

        assertLoadFails(spec)
                .hasMessage(spec + "#/paths/~1things/get/responses/200/content/application~1json/schema: "
                        + "$ref '#/components/schemas/Missing' points at nothing");
    }

    @Test
    void aDanglingRefInsideAComponentOrAnErrorResponseIsFoundToo() throws IOException {
        Path property = file("property.yaml", HEAD + """
                paths: {}
                components:
                  schemas:
                    Thing:
                      type: object
                      properties:
                        parent: {$ref: '#/components/schemas/Nope'}
                """);
        Path parameter = file("parameter.yaml", HEAD + """
                paths:
                  /things:
                    get:
                      operationId: listThings
                      tags: [Things]
                      parameters:
                        - $ref: '#/components/parameters/Page'
                      responses:
                        '200': {description: ok}
                        '404': {$ref: '#/components/responses/NotFound'}
                """);

        assertLoadFails(property)
                .hasMessage(property + "#/components/schemas/Thing/properties/parent: "
                        + "$ref '#/components/schemas/Nope' points at nothing");
        assertLoadFails(parameter)
                .hasMessage(parameter + "#/paths/~1things/get/parameters/0: "
                        + "$ref '#/components/parameters/Page' points at nothing");
    }

    @Test
    void anOverlayMayReferToTheBaseButADanglingRefInItIsItsOwn() throws IOException {
        Path base = file("base.yaml", HEAD + """
                paths: {}
                components:
                  schemas:
                    Contact:
                      type: object
                      properties:
                        id: {type: integer}
                """);
        Path good = file("good.yaml", HEAD + """
                paths:
                  /mine:
                    get:
                      operationId: getMine
                      tags: [Mine]
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Contact'}
                """);
        Path bad = file("bad.yaml", HEAD + """
                paths:
                  /mine:
                    get:
                      operationId: getMine
                      tags: [Mine]
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Contacts'}
                """);

        assertThat(load(base, good).modules().get(0).operations().get(0).operationId())
                .isEqualTo("getMine");
        assertLoadFails(base, bad)
                .hasMessageStartingWith(bad + "#/paths/~1mine/get/responses/200/content/application~1json/schema: ");
    }

    @Test
    void aDuplicateOperationIdNamesBothPlaces() throws IOException {
        Path spec = file("spec.yaml", HEAD + """
                paths:
                  /a:
                    get:
                      operationId: getThing
                      tags: [Things]
                      responses: {'200': {description: ok}}
                  /b:
                    get:
                      operationId: getThing
                      tags: [Things]
                      responses: {'200': {description: ok}}
                """);

        assertLoadFails(spec)
                .hasMessage(
                        spec + "#/paths/~1b/get: operationId 'getThing' is also used at " + spec + "#/paths/~1a/get");
    }

    @Test
    void aDuplicateOperationIdInAnOverlayNamesBothFiles() throws IOException {
        Path base = file("base.yaml", HEAD + """
                paths:
                  /a:
                    get:
                      operationId: getThing
                      tags: [Things]
                      responses: {'200': {description: ok}}
                """);
        Path overlay = file("overlay.yaml", HEAD + """
                paths:
                  /b:
                    get:
                      operationId: getThing
                      tags: [Things]
                      responses: {'200': {description: ok}}
                """);

        assertLoadFails(base, overlay)
                .hasMessage(overlay + "#/paths/~1b/get: operationId 'getThing' is also used at " + base
                        + "#/paths/~1a/get");
    }

    @Test
    void anOperationNeedsATagAndAnOperationId() throws IOException {
        Path noTag = file("notag.yaml", HEAD + """
                paths:
                  /a:
                    get:
                      operationId: getThing
                      responses: {'200': {description: ok}}
                """);
        Path noId = file("noid.yaml", HEAD + """
                paths:
                  /a:
                    post:
                      tags: [Things]
                      responses: {'200': {description: ok}}
                """);

        assertLoadFails(noTag).hasMessage(noTag + "#/paths/~1a/get: the operation has no tag, which names its module");
        assertLoadFails(noId)
                .hasMessage(noId + "#/paths/~1a/post: the operation has no operationId, which names its Java method");
    }

    @Test
    void anOverlayMayNotRedefineAnOperationOrAComponentDifferently() throws IOException {
        Path base = file("base.yaml", HEAD + """
                paths:
                  /a:
                    get:
                      operationId: getThing
                      tags: [Things]
                      responses: {'200': {description: ok}}
                components:
                  parameters:
                    Page: {name: page, in: query, schema: {type: integer}}
                  schemas:
                    Thing:
                      type: object
                      properties:
                        id: {type: integer}
                """);
        Path operation = file("operation.yaml", HEAD + """
                paths:
                  /a:
                    get:
                      operationId: getThingAgain
                      tags: [Things]
                      responses: {'200': {description: ok}}
                """);
        Path schema = file("schema.yaml", HEAD + """
                paths: {}
                components:
                  schemas:
                    Thing:
                      type: object
                      properties:
                        id: {type: string}
                """);
        Path parameter = file("parameter.yaml", HEAD + """
                paths: {}
                components:
                  parameters:
                    Page: {name: page, in: query, schema: {type: string}}
                """);

        assertLoadFails(base, operation)
                .hasMessage(operation + "#/paths/~1a/get: conflicts with the operation defined in " + base);
        assertLoadFails(base, schema)
                .hasMessage(schema + "#/components/schemas/Thing: conflicts with the definition in " + base);
        assertLoadFails(base, parameter)
                .hasMessage(parameter + "#/components/parameters/Page: conflicts with the definition in " + base);
    }

    @Test
    void anOverlayMayRepeatADefinitionExactly() throws IOException {
        String same = HEAD + """
                paths:
                  /a:
                    get:
                      operationId: getThing
                      tags: [Things]
                      responses: {'200': {description: ok}}
                components:
                  schemas:
                    Thing:
                      type: object
                      properties:
                        id: {type: integer}
                """;

        Api api = load(file("base.yaml", same), file("again.yaml", same));

        assertThat(api.operationCount()).isEqualTo(1);
        assertThat(api.types()).hasSize(1);
    }

    @Test
    void invalidYamlNamesTheFileAndLine() throws IOException {
        Path spec = file("broken.yaml", HEAD + """
                paths:
                  /a: {get: {operationId: x
                """);

        assertLoadFails(spec)
                .hasMessage(
                        spec
                                + ":5:1: not valid YAML: while parsing a flow mapping: expected ',' or '}', but got <stream end>");
    }

    @Test
    void invalidJsonNamesTheFileAndLineAsJson() throws IOException {
        Path spec = file("broken.json", """
                {"openapi": "3.0.3",
                 "info": {"title": "T", "version": "1"},
                 "paths": {"/a": {"get": {"operationId": "x" "tags": ["a"]}}}}
                """);

        assertLoadFails(spec).hasMessageStartingWith(spec + ":3:46: not valid JSON: Unexpected character ('\"'");
    }

    @Test
    void aDocumentInJsonOrInFlowStyleYamlReadsLikeItsBlockYaml() throws IOException {
        Path yaml = file("block.yaml", HEAD + """
                paths:
                  /a:
                    get: {operationId: getA, tags: [a], responses: {'200': {description: ok}}}
                """);
        Path json = file("same.json", """
                \uFEFF
                  {"openapi": "3.0.3", "info": {"title": "T", "version": "1"},
                   "paths": {"/a": {"get": {"operationId": "getA", "tags": ["a"], "responses": {"200": {"description": "ok"}}}}}}
                """);
        Path flow = file("flow.yaml", """
                {openapi: 3.0.3, info: {title: T, version: '1'},
                 paths: {/a: {get: {operationId: getA, tags: [a], responses: {'200': {description: ok}}}}}}
                """);

        Api expected = load(yaml);
        assertThat(load(json)).isEqualTo(expected);
        assertThat(load(flow)).isEqualTo(expected);
    }

    @Test
    void aFileThatIsNotAnOpenApiDocumentIsRefused() throws IOException {
        Path empty = file("empty.yaml", "");
        Path list = file("list.yaml", "- a\n- b\n");
        Path swagger2 = file("swagger.yaml", "swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n");

        assertLoadFails(empty).hasMessageStartingWith(empty + "#: ");
        assertLoadFails(list).hasMessage(list + "#: not an OpenAPI document (expected a mapping at the top)");
        assertLoadFails(swagger2).hasMessageStartingWith(swagger2 + ": ");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> new SpecLoader().loadFiles(List.of(missing)))
                .isInstanceOf(SpecException.class)
                .hasMessage(missing + ": no such file");
        assertLoadFails(missing).hasMessageStartingWith(missing + ": cannot be read");
    }

    @Test
    void cookieParametersAreRefusedWhereTheyAre() throws IOException {
        Path spec = file("spec.yaml", HEAD + """
                paths:
                  /a:
                    get:
                      operationId: getThing
                      tags: [Things]
                      parameters:
                        - {name: session, in: cookie, schema: {type: string}}
                      responses: {'200': {description: ok}}
                """);

        assertLoadFails(spec)
                .hasMessage(
                        spec
                                + "#/paths/~1a/get/parameters/session: cookie parameters are not supported (WordPress reads none)");
    }

    @Test
    void aProblemInsideAnOverlaysOperationNamesTheOverlay() throws IOException {
        Path base = file("base.yaml", HEAD + "paths: {}\n");
        Path overlay = file("overlay.yaml", HEAD + """
                paths:
                  /a:
                    get:
                      operationId: getThing
                      tags: [Things]
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {type: strange}
                """);

        assertLoadFails(base, overlay).hasMessageStartingWith(overlay + "#/paths/~1a/get/");
    }

    @Test
    void noMessageCarriesAStackTrace() throws IOException {
        Path spec = file("spec.yaml", HEAD + "paths:\n  /a:\n    get:\n      responses: {'200': {description: ok}}\n");

        assertLoadFails(spec)
                .satisfies(
                        e -> assertThat(e.getMessage()).doesNotContain("\tat ").doesNotContain("Exception"));
    }
}
