package dev.fluentcrm.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluentcrm.codegen.OutputKind;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuntimeDependenciesTest {
    @Test
    void namesTheRuntimeAnOutputNeedsWhenItIsMissing() {
        assertThat(RuntimeDependencies.missing(
                        Set.of(OutputKind.MODEL, OutputKind.CLIENT), Set.of("org.example:other"), "1.2"))
                .contains("The model output needs dev.fluentcrm:fluentcrm-runtime:1.2 on the class path, and it is not"
                        + " among this project's dependencies: add it to <dependencies>");
        assertThat(RuntimeDependencies.missing(
                        Set.of(OutputKind.SERVER), Set.of("dev.fluentcrm:fluentcrm-runtime"), "1.2"))
                .hasValueSatisfying(
                        message -> assertThat(message).contains("dev.fluentcrm:fluentcrm-server-runtime:1.2"));
    }

    @Test
    void isSatisfiedByTheRuntimesOrByOutputsThatNeedNone() {
        assertThat(RuntimeDependencies.missing(
                        Set.of(OutputKind.MODEL, OutputKind.CLIENT, OutputKind.SERVER),
                        Set.of("dev.fluentcrm:fluentcrm-runtime", "dev.fluentcrm:fluentcrm-server-runtime"),
                        "1.2"))
                .isEmpty();
        assertThat(RuntimeDependencies.missing(Set.of(OutputKind.DOCS), Set.of(), "1.2"))
                .isEmpty();
    }

    @Test
    void anOverlaysOnlyGenerationNeedsTheSdkJarOfThePluginsVersion() {
        Set<OutputKind> client = Set.of(OutputKind.MODEL, OutputKind.CLIENT);
        assertThat(RuntimeDependencies.sdkProblem(client, Map.of("dev.fluentcrm:fluentcrm-runtime", "1.2"), "1.2"))
                .contains(
                        "Generating only the overlays (mode auto: the bundled spec in the default package) needs"
                                + " dev.fluentcrm:fluentcrm-sdk:1.2, the SDK they extend, and it is not among this project's"
                                + " dependencies: add it to <dependencies>, or set <mode>full</mode> to generate the whole SDK");
        assertThat(RuntimeDependencies.sdkProblem(client, Map.of("dev.fluentcrm:fluentcrm-sdk", "1.1"), "1.2"))
                .contains(
                        "Generating only the overlays (mode auto: the bundled spec in the default package) needs"
                                + " dev.fluentcrm:fluentcrm-sdk:1.2, the SDK they extend, but this project depends on version"
                                + " 1.1: use the plugin's version for both, or set <mode>full</mode> to generate the whole SDK");
        assertThat(RuntimeDependencies.sdkProblem(client, Map.of("dev.fluentcrm:fluentcrm-sdk", "1.2"), "1.2"))
                .isEmpty();
    }

    @Test
    void itsMockNeedsTheSdkTestingJarToo() {
        Set<OutputKind> testing = Set.of(OutputKind.MODEL, OutputKind.CLIENT, OutputKind.TESTING);
        assertThat(RuntimeDependencies.sdkProblem(testing, Map.of("dev.fluentcrm:fluentcrm-sdk", "1.2"), "1.2"))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("needs dev.fluentcrm:fluentcrm-sdk-testing:1.2")
                        .contains("add it to <dependencies> with <scope>test</scope>"));
        assertThat(RuntimeDependencies.sdkProblem(
                        testing,
                        Map.of("dev.fluentcrm:fluentcrm-sdk", "1.2", "dev.fluentcrm:fluentcrm-sdk-testing", "1.2"),
                        "1.2"))
                .isEmpty();
    }
}
