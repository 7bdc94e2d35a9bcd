package dev.fluentcrm.codegen.emit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.OutputKind;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.write.GeneratedFile;
import dev.fluentcrm.runtime.error.ValidationException;
import dev.fluentcrm.runtime.http.RequestOptions;
import dev.fluentcrm.testing.MockResponse;
import golden.outputs_testing.FluentCrmClient;
import golden.outputs_testing.model.CreateSequenceRequest;
import golden.outputs_testing.model.FormSubmission;
import golden.overlays_only.LoyaltyApi;
import golden.overlays_only.SequencesApi;
import golden.overlays_only.model.LoyaltyPoints;
import golden.overlays_only.testing.MockFluentCrm;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Generating only what overlays add to a prebuilt SDK: here the golden case {@code overlays_only},
 * which extends the classes of the case {@code outputs_testing} as the Maven plugin extends the
 * {@code fluentcrm-sdk} jar. The committed classes of both are compiled with the tests, so the
 * mock and the clients below are the generated ones.
 */
class OverlaysOnlyTest {
    private static final Path GOLDEN =
            Path.of(System.getProperty("basedir", "")).resolve("src/test/resources/golden");
    private static final URI BASE = GOLDEN.resolve("outputs_testing/spec.yaml").toUri();
    private static final URI OVERLAY =
            GOLDEN.resolve("overlays_only/overlay.yaml").toUri();

    @Test
    void keepsOnlyTheOverlaysOperationsAndTypesAndMarksTheBaseTypesProvided() {
        Api api = Generator.loadOverlaysOnly(List.of(BASE, OVERLAY));

        Map<String, List<String>> operations = api.modules().stream()
                .collect(Collectors.toMap(
                        module -> module.className(),
                        module -> module.operations().stream()
                                .map(operation -> operation.operationId())
                                .toList()));
        assertThat(operations)
                .containsOnly(
                        Map.entry("LoyaltyApi", List.of("getLoyaltyPoints", "addLoyaltyPoints")),
                        Map.entry("SequencesApi", List.of("getSequencePoints")));
        assertThat(api.ownTypes())
                .extracting(type -> type.name())
                .containsExactlyInAnyOrder("LoyaltyPoints", "GetSequencePointsResponse");
        assertThat(api.providedTypes()).contains("FormSubmission", "CreateSequenceRequest", "CreateSequenceResponse");
    }

    @Test
    void writesNoClientAndNoClassOfTheBaseAndRefersToTheBaseModelsByTheirPackage() {
        GeneratorOptions options = new GeneratorOptions("com.acme.crm", Set.of(OutputKind.CLIENT), Set.of(), null, null)
                .extending("dev.fluentcrm.client");
        Map<String, String> files = new Generator(options)
                .generate(Generator.loadOverlaysOnly(List.of(BASE, OVERLAY))).all().stream()
                        .collect(Collectors.toMap(
                                GeneratedFile::path, file -> new String(file.content(), StandardCharsets.UTF_8)));

        assertThat(files.keySet())
                .containsExactlyInAnyOrder(
                        "com/acme/crm/LoyaltyApi.java",
                        "com/acme/crm/SequencesApi.java",
                        "com/acme/crm/model/LoyaltyPoints.java",
                        "com/acme/crm/model/GetSequencePointsResponse.java");
        assertThat(files.get("com/acme/crm/LoyaltyApi.java"))
                .contains("import dev.fluentcrm.client.model.FormSubmission;")
                .contains("import com.acme.crm.model.LoyaltyPoints;")
                .contains("public LoyaltyApi(ApiExecutor executor)");
        assertThat(files.get("com/acme/crm/model/LoyaltyPoints.java"))
                .contains("import dev.fluentcrm.client.model.FormSubmission;");
    }

    @Test
    void withoutOverlaysNothingIsLeftToGenerate() {
        Api api = Generator.loadOverlaysOnly(List.of(BASE));

        assertThat(api.modules()).isEmpty();
        assertThat(api.ownTypes()).isEmpty();
    }

    @Test
    void refusesToExtendAnSdkInItsOwnPackage() {
        GeneratorOptions options = GeneratorOptions.of("dev.fluentcrm.client", OutputKind.CLIENT);
        assertThatThrownBy(() -> options.extending("dev.fluentcrm.client"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("choose a package of your own");
    }

    @Test
    void theMockServesTheBaseAndTheOverlayOperationsToTheBaseClientAndItsExtension() {
        try (MockFluentCrm mock = MockFluentCrm.start()) {
            FluentCrmClient crm = mock.client();
            LoyaltyApi loyalty = crm.extension(LoyaltyApi::new);

            LoyaltyPoints points = loyalty.getPoints(7L);
            assertThat(points.points()).isEqualTo(120);
            assertThat(points.lastSubmission().email()).isEqualTo("ada@example.com");
            assertThat(crm.sequences()
                            .create(CreateSequenceRequest.builder()
                                    .title("Welcome")
                                    .build())
                            .additionalProperties())
                    .isNotNull();
            assertThat(crm.extension(SequencesApi::new).getPoints(3L)).isNotNull();

            mock.override("getLoyaltyPoints", MockResponse.json(200, "{\"points\": \"42\"}"));
            assertThat(loyalty.getPoints(7L).points()).isEqualTo(42);
            assertThat(mock.requests("getLoyaltyPoints")).hasSize(2);
            assertThat(mock.requests("createSequence")).hasSize(1);
            assertThat(mock.requests("getSequencePoints").get(0).path()).endsWith("/sequences/3/points");

            // The overlay's body is the base spec's FormSubmission: validated with the base schema.
            assertThat(loyalty.addPoints(
                                    7L,
                                    FormSubmission.builder()
                                            .email("ada@example.com")
                                            .build())
                            .email())
                    .isEqualTo("ada@example.com");
            // A view's options reach the extension; the base schema makes email required.
            assertThatThrownBy(() -> crm.extension(LoyaltyApi::new)
                            .withOptions(RequestOptions.builder()
                                    .header("X-Test", "1")
                                    .build())
                            .addPoints(7L, new FormSubmission(null, null, Map.of())))
                    .isInstanceOf(ValidationException.class);
            assertThat(mock.requests("addLoyaltyPoints").get(1).headers().get("X-Test"))
                    .isNotNull();
        }
    }
}
