package dev.fluentcrm.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratorOptionsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "dev.fluentcrm.client",
                "com.example.crm",
                "a",
                "golden.naming_properties",
                "_x.y2",
                "a.b_c.d",
                "dev.fluentcrm.it.fluentcrm"
            })
    void acceptsJavaPackageNames(String name) {
        assertThat(GeneratorOptions.of(name, OutputKind.CLIENT).modelPackage()).isEqualTo(name + ".model");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "Com.Example",
                "com.Example",
                "com..example",
                ".com",
                "com.",
                "com.example.",
                "com.class",
                "default",
                "com.2fa",
                "com-example",
                "com.exa mple",
                "com/example",
                "com.example.Client",
                "über.crm"
            })
    void refusesAnythingElseNamingIt(String name) {
        assertThatThrownBy(() -> GeneratorOptions.of(name, OutputKind.CLIENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a usable Java package name: '" + name + "'");
    }

    @Test
    void requiredOutputsComeAlongInTheOrderOfTheKinds() {
        assertThat(GeneratorOptions.of("a", OutputKind.CLIENT).emitted())
                .containsExactly(OutputKind.MODEL, OutputKind.CLIENT);
        assertThat(GeneratorOptions.of("a", OutputKind.FIXTURES, OutputKind.SERVER)
                        .emitted())
                .containsExactly(OutputKind.MODEL, OutputKind.SERVER, OutputKind.FIXTURES);
        assertThat(GeneratorOptions.of("a", OutputKind.PROJECT).emitted())
                .containsExactly(OutputKind.MODEL, OutputKind.CLIENT, OutputKind.DOCS, OutputKind.PROJECT);
        assertThat(GeneratorOptions.of("a", OutputKind.DOCS).emitted()).containsExactly(OutputKind.DOCS);
    }

    @Test
    void providedOutputsAreNeededButNotEmitted() {
        GeneratorOptions options = new GeneratorOptions(
                "a", Set.of(OutputKind.SERVER, OutputKind.FIXTURES), Set.of(OutputKind.MODEL), null, null);
        assertThat(options.emitted()).containsExactly(OutputKind.SERVER, OutputKind.FIXTURES);
    }

    @Test
    void mainCodeThatOnlyTestOutputsNeedGoesWithTheTests() {
        GeneratorOptions testingOnly = GeneratorOptions.of("a", OutputKind.CLIENT, OutputKind.TESTING);
        assertThat(testingOnly.destination(OutputKind.SERVER)).isEqualTo(OutputKind.Destination.TEST_SOURCES);
        assertThat(testingOnly.destination(OutputKind.CLIENT)).isEqualTo(OutputKind.Destination.SOURCES);
        assertThat(testingOnly.destination(OutputKind.MODEL)).isEqualTo(OutputKind.Destination.SOURCES);
        assertThat(testingOnly.destination(OutputKind.TESTING)).isEqualTo(OutputKind.Destination.TEST_SOURCES);

        GeneratorOptions alone = GeneratorOptions.of("a", OutputKind.TESTING);
        assertThat(alone.destination(OutputKind.CLIENT)).isEqualTo(OutputKind.Destination.TEST_SOURCES);
        assertThat(alone.destination(OutputKind.MODEL)).isEqualTo(OutputKind.Destination.TEST_SOURCES);

        GeneratorOptions asked = GeneratorOptions.of("a", OutputKind.SERVER, OutputKind.TESTING);
        assertThat(asked.destination(OutputKind.SERVER)).isEqualTo(OutputKind.Destination.SOURCES);
        assertThat(asked.destination(OutputKind.MODEL)).isEqualTo(OutputKind.Destination.SOURCES);
    }

    @Test
    void theTestingPackageDefaultsBelowTheBasePackageAndIsChecked() {
        assertThat(GeneratorOptions.of("com.acme", OutputKind.TESTING).testingPackage())
                .isEqualTo("com.acme.testing");
        assertThat(new GeneratorOptions("a", Set.of(OutputKind.TESTING), Set.of(), null, null, "b.mocks")
                        .testingPackage())
                .isEqualTo("b.mocks");
        assertThatThrownBy(() -> new GeneratorOptions("a", Set.of(OutputKind.TESTING), Set.of(), null, null, "b.Mocks"))
                .hasMessage("Not a usable Java package name: 'b.Mocks'");
    }

    @Test
    void refusesAnOutputThatIsBothGeneratedAndProvided() {
        assertThatThrownBy(
                        () -> new GeneratorOptions("a", Set.of(OutputKind.MODEL), Set.of(OutputKind.MODEL), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The output model is both generated and provided");
    }

    @Test
    void refusesNoOutputAndAMissingTemplateDirectory() {
        assertThatThrownBy(() -> new GeneratorOptions("a", Set.of(), Set.of(), null, null))
                .hasMessage("No output chosen; choose from model, client, server, fixtures, testing, docs, project");
        assertThatThrownBy(() ->
                        new GeneratorOptions("a", Set.of(OutputKind.DOCS), Set.of(), Path.of("/no/such/dir"), null))
                .hasMessage("Template directory /no/such/dir does not exist or is not a directory");
    }

    @Test
    void projectCoordinatesDefaultToThePackage() {
        assertThat(GeneratorOptions.of("com.acme", OutputKind.DOCS).project())
                .isEqualTo(ProjectInfo.defaults("com.acme"));
    }

    @Test
    void outputKindsParseTheirIdsInAnyCaseAndNameTheChoicesOtherwise() {
        for (OutputKind kind : OutputKind.values()) {
            assertThat(OutputKind.parse(" " + kind.id().toUpperCase(Locale.ROOT) + " "))
                    .isEqualTo(kind);
        }
        assertThatThrownBy(() -> OutputKind.parse("sdk"))
                .hasMessage(
                        "'sdk' is not an output; choose from model, client, server, fixtures, testing, docs, project");
    }
}
