package dev.fluentcrm.codegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluentcrm.codegen.write.GeneratedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Maven compiles the committed golden sources with {@code -Xlint:all} but only prints warnings;
 * this compiles what the generator produces for every case and fails on any diagnostic.
 */
class GoldenCompileTest {
    @TempDir
    Path classes;

    @Test
    void everyCaseCompilesWithoutAWarning() {
        List<GeneratedFile> sources = new ArrayList<>();
        for (String name : GoldenCases.names()) {
            sources.addAll(GoldenCases.generate(name));
        }
        assertThat(GoldenCompiler.problems(sources, classes)).isEmpty();
    }

    @Test
    void everyServerCaseCompilesWithoutAWarning() {
        List<GeneratedFile> sources = new ArrayList<>();
        for (String name : ServerGoldenCases.names()) {
            sources.addAll(ServerGoldenCases.generate(name));
        }
        assertThat(GoldenCompiler.problems(sources, classes)).isEmpty();
    }
}
