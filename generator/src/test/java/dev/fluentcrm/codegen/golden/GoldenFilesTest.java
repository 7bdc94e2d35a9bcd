package dev.fluentcrm.codegen.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.fluentcrm.codegen.write.GeneratedFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generates each golden case in memory and compares it byte for byte with the committed Java.
 *
 * <p>After an intended change of the output, {@code mvn install -pl generator -Dgolden.recreate=true}
 * rewrites the committed files; review the diff as you would hand-written code. The wire tests
 * use the committed classes, so a change that renames one they use stops the test compilation
 * before the recreation can run: then write the case with the command line first, which gives the
 * same files ({@code Main generate --spec src/test/resources/golden/C/spec.yaml [--spec .../overlay.yaml]
 * --out src/test/golden --package golden.C}), and fix the tests.
 */
class GoldenFilesTest {
    private static final boolean RECREATE = Boolean.getBoolean("golden.recreate");

    static List<String> cases() {
        return GoldenCases.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatesTheCommittedSources(String name) {
        List<GeneratedFile> files = GoldenCases.generate(name);
        assertThat(files)
                .allSatisfy(f -> assertThat(f.path())
                        .startsWith(GoldenCases.packageOf(name).replace('.', '/') + "/"));
        if (RECREATE) {
            GoldenFiles.rewrite(GoldenCases.EXPECTED, GoldenCases.expectedFolder(name), files);
            return;
        }
        Map<String, byte[]> committed = GoldenFiles.read(GoldenCases.EXPECTED, GoldenCases.expectedFolder(name));
        Optional<String> difference = GoldenFiles.firstDifference(committed, files);
        if (difference.isPresent()) {
            fail("Golden case '" + name + "' differs at " + difference.get()
                    + "\n(if the change is intended, run with -Dgolden.recreate=true and review the diff)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatesTheSameBytesEveryTime(String name) {
        List<GeneratedFile> first = GoldenCases.generate(name);
        List<GeneratedFile> second = GoldenCases.generate(name);
        assertThat(GoldenFiles.firstDifference(GoldenFiles.asMap(first), second))
                .isEmpty();
    }

    @Test
    void everyCommittedCaseHasASpec() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(GoldenFiles.read(GoldenCases.EXPECTED, GoldenCases.EXPECTED.resolve("golden"))
                        .keySet())
                .allSatisfy(path -> assertThat(cases()).contains(path.split("/")[1]));
    }

    @Test
    void aDifferenceNamesTheFileAndTheFirstDifferentLine() {
        Map<String, byte[]> committed = Map.of(
                "golden/x/A.java", "package x;\nclass A {}\n".getBytes(StandardCharsets.UTF_8),
                "golden/x/B.java", "one\ntwo\nthree\n".getBytes(StandardCharsets.UTF_8));
        List<GeneratedFile> generated = List.of(
                GeneratedFile.text("golden/x/A.java", "package x;\nclass A {}\n"),
                GeneratedFile.text("golden/x/B.java", "one\ntwo\nthree!\n"));
        assertThat(GoldenFiles.firstDifference(committed, generated))
                .contains("golden/x/B.java:3: expected <three\\n> but was <three!\\n>");
    }

    @Test
    void aDifferenceNamesMissingAndExtraFilesAndLineEndings() {
        Map<String, byte[]> committed = Map.of("golden/x/A.java", "a\n".getBytes(StandardCharsets.UTF_8));
        assertThat(GoldenFiles.firstDifference(committed, List.of()))
                .contains("golden/x/A.java: committed, but no longer generated");
        assertThat(GoldenFiles.firstDifference(Map.of(), List.of(GeneratedFile.text("golden/x/B.java", "b"))))
                .contains("golden/x/B.java: generated, but no such file is committed");
        assertThat(GoldenFiles.firstDifference(committed, List.of(GeneratedFile.text("golden/x/A.java", "a\r\n"))))
                .contains("golden/x/A.java:1: expected <a\\n> but was <a\\r\\n>");
        assertThat(GoldenFiles.firstDifference(committed, List.of(GeneratedFile.text("golden/x/A.java", "a\nb"))))
                .contains("golden/x/A.java:2: expected <> but was <b>");
    }
}
