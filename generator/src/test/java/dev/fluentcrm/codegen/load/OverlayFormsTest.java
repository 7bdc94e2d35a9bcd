package dev.fluentcrm.codegen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.codegen.model.Parameter;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlays as people write them, and the documents the generator refuses for their version. */
class OverlayFormsTest {
    private static final String BASE = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            tags: [{name: Contacts}]
            paths:
              /subscribers:
                get:
                  operationId: listContacts
                  tags: [Contacts]
                  parameters:
                    - $ref: '#/components/parameters/Page'
                    - $ref: '#/components/parameters/PerPage'
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/Contact'}}
            components:
              parameters:
                Page: {name: page, in: query, schema: {type: integer, minimum: 1}}
                PerPage: {name: per_page, in: query, schema: {type: integer, minimum: 1}}
              schemas:
                Contact:
                  type: object
                  properties:
                    id: {type: integer}
            """;

    /** A fragment: no openapi, no info; two operations each refer to two shared parameters of the base. */
    private static final String FRAGMENT = """
            tags: [{name: Loyalty}]
            paths:
              /loyalty/points:
                get:
                  operationId: listLoyaltyPoints
                  tags: [Loyalty]
                  parameters:
                    - $ref: '#/components/parameters/Page'
                    - $ref: '#/components/parameters/PerPage'
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/Points'}}
              /loyalty/contacts:
                get:
                  operationId: listLoyalContacts
                  tags: [Loyalty]
                  parameters:
                    - $ref: '#/components/parameters/Page'
                    - $ref: '#/components/parameters/PerPage'
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/Contact'}}
            components:
              schemas:
                Points:
                  type: object
                  properties:
                    contact: {$ref: '#/components/schemas/Contact'}
                    points: {type: integer}
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

    @Test
    void aBareFragmentMayReferToTheBasesParametersAndSchemasAnyNumberOfTimes() throws IOException {
        Api api = load(file("spec.yaml", BASE), file("loyalty.yaml", FRAGMENT));

        ApiModule loyalty = api.modules().stream()
                .filter(m -> m.tag().equals("Loyalty"))
                .findFirst()
                .orElseThrow();
        assertThat(loyalty.operations())
                .extracting(Operation::operationId)
                .containsExactly("listLoyaltyPoints", "listLoyalContacts");
        for (Operation operation : loyalty.operations()) {
            assertThat(operation.parameters()).extracting(Parameter::wireName).containsExactly("page", "per_page");
        }
        assertThat(api.types()).extracting(t -> t.name()).contains("Contact", "Points");
        assertThat(api.operationCount()).isEqualTo(3);
    }

    @Test
    void aFragmentStillConflictsWhereItRedefinesSomethingDifferently() throws IOException {
        Path base = file("spec.yaml", BASE);
        Path overlay = file("overlay.yaml", """
                components:
                  schemas:
                    Contact:
                      type: object
                      properties:
                        email: {type: string}
                """);
        assertThatThrownBy(() -> load(base, overlay))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining(overlay + "#/components/schemas/Contact")
                .hasMessageContaining(base.toString());
    }

    @Test
    void aFragmentHoldsOnlyPathsComponentsAndTags() throws IOException {
        Path base = file("spec.yaml", BASE);
        Path overlay = file("overlay.yaml", "info: {title: X, version: '1'}\npaths: {}\n");
        assertThatThrownBy(() -> load(base, overlay))
                .isInstanceOf(SpecException.class)
                .hasMessage(overlay + "#/info: an overlay without 'openapi' is a fragment and may hold only paths,"
                        + " components and tags");
    }

    @Test
    void aBaseSpecNeedsItsVersion() throws IOException {
        Path base = file("spec.yaml", FRAGMENT);
        assertThatThrownBy(() -> load(base))
                .isInstanceOf(SpecException.class)
                .hasMessage(base + ": not an OpenAPI document: 'openapi' (the version) is missing (a fragment of"
                        + " paths and components is read only as an overlay, after a base spec)");
    }

    @Test
    void swaggerTwoAndOpenApiThreeOneAreRefusedSayingSo() throws IOException {
        Path swagger = file("swagger.yaml", "swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n");
        assertThatThrownBy(() -> load(swagger))
                .isInstanceOf(SpecException.class)
                .hasMessage(swagger + ": a Swagger 2.0 document; the generator reads OpenAPI 3.0 documents"
                        + " (convert it to OpenAPI 3.0 first)");
        Path v31 = file("v31.yaml", BASE.replace("openapi: 3.0.3", "openapi: 3.1.0"));
        assertThatThrownBy(() -> load(v31))
                .isInstanceOf(SpecException.class)
                .hasMessage(
                        v31 + "#/openapi: OpenAPI 3.1.0 is not supported; the generator reads OpenAPI 3.0.x documents");
        Path base = file("spec.yaml", BASE);
        assertThatThrownBy(() -> load(base, swagger)).hasMessageStartingWith(swagger + ": a Swagger 2.0 document");
        Path v2 = file("v2.yaml", BASE.replace("openapi: 3.0.3", "openapi: 2.0.0"));
        assertThatThrownBy(() -> load(v2))
                .hasMessage(v2 + "#/openapi: '2.0.0' is not an OpenAPI version the generator reads (3.0.x)");
    }
}
