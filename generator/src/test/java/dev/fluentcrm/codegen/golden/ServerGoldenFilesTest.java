package dev.fluentcrm.codegen.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.fluentcrm.codegen.write.GeneratedFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generates each server golden case (client, server stubs, fixtures) in memory and compares it
 * byte for byte with the files committed below {@code src/test/golden-server}.
 *
 * <p>After an intended change, {@code mvn install -pl generator -Dgolden.recreate=true} rewrites
 * them (the client goldens too); review the diff. If the change breaks a test that uses the
 * committed classes, write the case first with {@code Main generate --spec
 * src/test/resources/golden-server/C/spec.yaml --out src/test/golden-server --package goldenserver.C
 * --outputs client,server,fixtures}, which gives the same files, then fix the tests.
 */
class ServerGoldenFilesTest {
    private static final boolean RECREATE = Boolean.getBoolean("golden.recreate");

    static List<String> cases() {
        return ServerGoldenCases.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatesTheCommittedFiles(String name) {
        List<GeneratedFile> files = ServerGoldenCases.generate(name);
        String folder = ServerGoldenCases.packageOf(name).replace('.', '/') + "/";
        assertThat(files).allSatisfy(f -> assertThat(f.path()).startsWith(folder));
        assertThat(files)
                .extracting(GeneratedFile::path)
                .anyMatch(p -> p.startsWith(folder + "server/"))
                .anyMatch(p -> p.startsWith(folder + "fixtures/") && p.endsWith(".java"))
                .anyMatch(p -> p.startsWith(folder + "fixtures/") && p.endsWith(".json"));
        if (RECREATE) {
            GoldenFiles.rewrite(ServerGoldenCases.EXPECTED, ServerGoldenCases.expectedFolder(name), files);
            return;
        }
        Map<String, byte[]> committed =
                GoldenFiles.read(ServerGoldenCases.EXPECTED, ServerGoldenCases.expectedFolder(name));
        Optional<String> difference = GoldenFiles.firstDifference(committed, files);
        if (difference.isPresent()) {
            fail("Server golden case '" + name + "' differs at " + difference.get()
                    + "\n(if the change is intended, run with -Dgolden.recreate=true and review the diff)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatesTheSameBytesEveryTime(String name) {
        List<GeneratedFile> first = ServerGoldenCases.generate(name);
        assertThat(GoldenFiles.firstDifference(GoldenFiles.asMap(first), ServerGoldenCases.generate(name)))
                .isEmpty();
    }

    @Test
    void everyCommittedCaseHasASpec() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(GoldenFiles.read(ServerGoldenCases.EXPECTED, ServerGoldenCases.EXPECTED.resolve("goldenserver"))
                        .keySet())
                .isNotEmpty()
                .allSatisfy(path -> assertThat(cases()).contains(path.split("/")[1]));
    }
}
