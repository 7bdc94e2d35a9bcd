package dev.fluentcrm.codegen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.OutputKind;
import dev.fluentcrm.codegen.model.Api;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one model behind the HTML reference and the Markdown pages, on a spec that has every fact
 * it can show: groups, Pro, availability and requirements, errors, PHP quirks, examples. A spec
 * without them (an overlay module outside every group) gets an empty fact, never a failure.
 */
class DocsModelTest {
    private static DocsModel.Scope scope;

    @BeforeAll
    static void load() throws IOException {
        Path spec = Files.createTempFile("spec", ".yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                tags: [{name: Tags}, {name: Smart Links}, {name: Loyalty}]
                x-tagGroups:
                  - {name: Core, tags: [Tags]}
                  - {name: Pro Features, tags: [Smart Links, Missing]}
                paths:
                  /tags/{id}:
                    put:
                      operationId: updateTag
                      tags: [Tags]
                      parameters:
                        - {name: id, in: path, required: true, schema: {type: integer}, example: 42}
                        - {name: 'with[]', in: query, schema: {type: array, items: {type: string}}}
                      requestBody:
                        required: true
                        content:
                          application/json:
                            schema:
                              type: object
                              required: [title, status]
                              properties:
                                title: {type: string}
                                status: {type: string, enum: [active, archived]}
                                position: {type: string, pattern: '^-?[0-9]+$', x-php-type: integer}
                            example: {title: VIP buyers}
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Tag'}
                        '422': {description: The title is taken}
                        default: {description: Anything else}
                  /smart-links:
                    get:
                      operationId: listSmartLinks
                      tags: [Smart Links]
                      x-fluentcrm-pro: true
                      x-fluentcrm-availability:
                        registeredIn: ['FluentCRM 2.9.84 + FluentCampaign Pro 2.8.45']
                        notRegisteredIn: ['FluentCRM 2.9.84']
                        since: FluentCampaign Pro 2.8.0
                      x-fluentcrm-requires:
                        - {module: smart links, enable: 'Settings -> Smart Links'}
                        - {plugin: woocommerce}
                      responses: {'200': {description: ok}}
                  /loyalty:
                    get:
                      operationId: listLoyaltyPoints
                      tags: [Loyalty]
                      responses: {'200': {description: ok}}
                components:
                  schemas:
                    Tag:
                      type: object
                      properties:
                        id: {type: integer}
                        total: {type: string, pattern: '^-?[0-9]+$', x-php-type: integer}
                        is_public: {type: string, enum: ['yes', 'no'], x-php-type: boolean}
                """);
        Api api = Generator.load(List.of(spec.toUri()));
        scope = DocsModel.scope(api, GeneratorOptions.of("com.acme.crm", OutputKind.DOCS), "9.9.9");
    }

    @Test
    void modulesComeInTheSpecsGroupsAndTheRestLast() {
        assertThat(scope.groups())
                .extracting(
                        DocsModel.GroupView::name,
                        g -> g.modules().stream().map(DocsModel.ModuleView::tag).toList())
                .containsExactly(
                        tuple("Core", List.of("Tags")),
                        tuple("Pro Features", List.of("Smart Links")),
                        tuple("More modules", List.of("Loyalty")));
        DocsModel.ModuleView smartLinks = scope.groups().get(1).modules().get(0);
        assertThat(smartLinks.pro()).isTrue();
        assertThat(smartLinks.requires())
                .containsExactly("the smart links module (Settings -> Smart Links)", "the woocommerce plugin");
    }

    @Test
    void availabilityIsShownWhenTheSpecHasItAndAbsentOtherwise() {
        DocsModel.OperationView listSmartLinks = operation("listSmartLinks");
        assertThat(listSmartLinks.hasAvailability()).isTrue();
        assertThat(listSmartLinks.registeredIn()).containsExactly("FluentCRM 2.9.84 + FluentCampaign Pro 2.8.45");
        assertThat(listSmartLinks.notRegisteredIn()).containsExactly("FluentCRM 2.9.84");
        assertThat(listSmartLinks.since()).isEqualTo("FluentCampaign Pro 2.8.0");
        DocsModel.OperationView loyalty = operation("listLoyaltyPoints");
        assertThat(loyalty.hasAvailability()).isFalse();
        assertThat(loyalty.registeredIn()).isEmpty();
    }

    @Test
    void anOperationShowsItsJavaSignaturesParametersBodyErrorsAndACompleteExample() {
        DocsModel.OperationView update = operation("updateTag");
        assertThat(update.anchor()).isEqualTo("updateTag");
        assertThat(update.signatures())
                .extracting(DocsModel.SignatureView::text)
                .containsExactly(
                        "Tag update(Long id, UpdateTagRequest body, UpdateTagParams params)",
                        "Tag update(Long id, UpdateTagRequest body)",
                        "ApiResponse<Tag> updateWithResponse(Long id, UpdateTagRequest body, UpdateTagParams params)",
                        "CompletableFuture<Tag> updateAsync(Long id, UpdateTagRequest body, UpdateTagParams params)");
        assertThat(update.parameters())
                .extracting(
                        DocsModel.ParameterView::javaName,
                        DocsModel.ParameterView::name,
                        DocsModel.ParameterView::javaType)
                .containsExactly(tuple("id", "id", "Long"), tuple("with", "with[]", "List<String>"));
        assertThat(update.body().fields())
                .extracting(DocsModel.FieldView::javaName, DocsModel.FieldView::required, DocsModel.FieldView::php)
                .containsExactly(
                        tuple("title", true, ""),
                        tuple("status", true, ""),
                        tuple("position", false, "a number sent as a string (\"12\")"));
        assertThat(update.returnsHtml()).isEqualTo("<a href=\"#model-Tag\">Tag</a>");
        assertThat(update.responseFields())
                .extracting(DocsModel.FieldView::jsonName, DocsModel.FieldView::php)
                .contains(tuple("is_public", "sent as \"yes\" / \"no\""));
        assertThat(update.errors())
                .extracting(DocsModel.ErrorView::status, DocsModel.ErrorView::exception)
                .containsExactly(tuple("422", "ValidationException"), tuple("default", "FluentCrmException"));
        // The path parameter's example, the body's example, and the required status filled in.
        assertThat(update.example())
                .isEqualTo("Tag tag = crm.tags().update(42L, UpdateTagRequest.builder()\n"
                        + "        .title(\"VIP buyers\")\n"
                        + "        .status(UpdateTagRequestStatus.of(\"active\"))\n"
                        + "        .build());");
    }

    @Test
    void enumsListTheirKnownValues() {
        assertThat(scope.enums())
                .filteredOn(e -> e.name().equals("UpdateTagRequestStatus"))
                .singleElement()
                .satisfies(e -> assertThat(e.values()).containsExactly("active", "archived"));
    }

    private static DocsModel.OperationView operation(String operationId) {
        return scope.modules().stream()
                .flatMap(m -> m.operations().stream())
                .filter(o -> o.operationId().equals(operationId))
                .findFirst()
                .orElseThrow();
    }
}
