package dev.fluentcrm.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluentcrm.codegen.OutputKind;
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
}
