package dev.fluentcrm.codegen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One folder per rule in {@code src/test/resources/diff}: {@code old.yaml}, {@code new.yaml}, and
 * the report in every format ({@code expected.txt}, {@code expected.md}, {@code expected.json}),
 * written for an SDK at {@value #SDK_VERSION}. The folder's name starts with the kind of change it
 * is about. After an intended change of the reports, {@code mvn install -pl generator
 * -Dgolden.recreate=true -Dtest=DiffGoldenTest} rewrites the expected files; read the diff.
 */
class DiffGoldenTest {
    static final String SDK_VERSION = "0.1.0";
    private static final boolean RECREATE = Boolean.getBoolean("golden.recreate");
    private static final Path CASES =
            Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("src/test/resources/diff");

    static List<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    static DiffReport diff(String name) {
        Path folder = CASES.resolve(name);
        return SpecDiff.compare(
                "old.yaml",
                List.of(folder.resolve("old.yaml").toUri()),
                "new.yaml",
                List.of(folder.resolve("new.yaml").toUri()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsMatchTheCommittedOnes(String name) throws IOException {
        DiffReport report = diff(name);
        for (ReportFormat format : ReportFormat.values()) {
            Path expected = CASES.resolve(name).resolve("expected." + format.extension());
            String actual = format.render(report, SDK_VERSION);
            if (RECREATE) {
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            } else {
                assertThat(expected)
                        .as("%s (run with -Dgolden.recreate=true to write it)", expected)
                        .exists();
                assertThat(actual)
                        .as("%s differs (if intended, run with -Dgolden.recreate=true and read the diff)", expected)
                        .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseShowsTheKindItIsNamedAfter(String name) {
        DiffReport report = diff(name);
        if (name.equals("unchanged")) {
            assertThat(report.changes()).isEmpty();
            return;
        }
        assertThat(report.changes())
                .as("the changes of case %s", name)
                .anySatisfy(change -> assertThat(name).startsWith(change.kind().id()));
    }

    @Test
    void everyKindOfChangeHasAGoldenCase() throws IOException {
        Set<String> shown = new TreeSet<>();
        for (String name : cases()) {
            diff(name).changes().forEach(change -> shown.add(change.kind().id()));
        }
        assertThat(shown)
                .containsAll(
                        Arrays.stream(ChangeKind.values()).map(ChangeKind::id).collect(Collectors.toList()));
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        DiffReport first = diff("request-body-type-changed");
        DiffReport second = diff("request-body-type-changed");
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(format.render(first, SDK_VERSION)).isEqualTo(format.render(second, SDK_VERSION));
        }
    }
}
