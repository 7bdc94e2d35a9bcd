package dev.fluentcrm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** openapi-typescript turns the published YAML into types that pass {@code tsc --noEmit --strict}. */
class OpenApiTypescriptTest {
    @Test
    void typesFromTheSpecCompileStrictly() throws IOException {
        Path dir = Npm.root().resolve("peers").resolve("openapi-typescript");
        OpenApiGeneratorTest.deleteRecursively(dir);
        Files.createDirectories(dir);
        Path types = dir.resolve("fluentcrm.ts");
        String version = Npm.version("openapi-typescript");
        Tools.Result generate = Tools.run(
                dir,
                Npm.quietEnvironment(),
                Tools.command(Npm.bin("openapi-typescript"), Tools.specYaml().toAbsolutePath(), "--output", types));
        boolean written = Files.isRegularFile(types) && Files.size(types) > 0;
        long warnings = generate.lines().stream()
                .filter(line -> line.toLowerCase(Locale.ROOT).contains("warn"))
                .count();
        Report.entry("openapi-typescript", version, "types: generate")
                .count("warnings", warnings)
                .count("bytes", written ? Files.size(types) : 0)
                .passIf(generate.exitCode() == 0 && written && warnings == 0)
                .record();
        assertThat(generate.exitCode())
                .as("openapi-typescript %s on %s:%n%s", version, Tools.specName(Tools.specYaml()), generate.output())
                .isZero();
        assertThat(warnings)
                .as("openapi-typescript's warnings:%n%s", generate.output())
                .isZero();
        assertThat(written).isTrue();

        TypeScript.check("openapi-typescript", dir, types);
    }
}
