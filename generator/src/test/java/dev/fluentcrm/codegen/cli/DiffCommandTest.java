package dev.fluentcrm.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluentcrm.spec.FluentCrmSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff} as a user meets it: the report on the console or in a file, exit codes by --fail-on, one-line errors. */
class DiffCommandTest {
    private static final Path CASES =
            Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("src/test/resources/diff");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static String side(String name, String which) {
        return CASES.resolve(name).resolve(which + ".yaml").toString();
    }

    private int diff(String name, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "diff";
        args[1] = "--old=" + side(name, "old");
        args[2] = "--new=" + side(name, "new");
        System.arraycopy(more, 0, args, 3, more.length);
        return run(args);
    }

    @Test
    void theBundledSpecAgainstItselfHasNoChangeAndExitsZeroEvenOnFailOnAny() throws IOException {
        Path bundled = dir.resolve("fluentcrm-openapi.yaml");
        try (InputStream in = FluentCrmSpec.openYaml()) {
            Files.copy(in, bundled);
        }

        int code = run("diff", "--old", bundled.toString(), "--new", bundled.toString(), "--fail-on", "any");

        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("No changes.").contains("Version bump: none.");
        assertThat(code).isZero();
    }

    @Test
    void failOnBreakingFailsOnlyOnABreakingChange() {
        assertThat(diff("operation-removed", "--fail-on", "breaking")).isEqualTo(1);
        assertThat(out.toString()).contains("BREAKING operation-removed deleteTag: TagsApi.delete(Long)");
        assertThat(diff("enum-value-added", "--fail-on", "breaking")).isZero();
        assertThat(out.toString()).contains("minor enum-value-added TagStatus: TagStatus.PENDING");
    }

    @Test
    void failOnAnyFailsOnEveryChangeButNotOnNone() {
        assertThat(diff("pro-flag-changed", "--fail-on", "any")).isEqualTo(1);
        assertThat(diff("unchanged", "--fail-on", "any")).isZero();
    }

    @Test
    void withoutFailOnEvenABreakingChangeExitsZero() {
        assertThat(diff("operation-removed")).isZero();
        assertThat(diff("operation-removed", "--fail-on", "none")).isZero();
        assertThat(out.toString()).contains("Version bump: major (while the SDK is 0.x: minor).");
    }

    @Test
    void markdownWithTheSdkVersionIsAChangelogEntryForTheNextVersion() {
        int code = diff("operation-removed", "--format", "markdown", "--sdk-version", "1.4.2");

        assertThat(code).isZero();
        assertThat(out.toString())
                .startsWith("## 2.0.0\n")
                .contains("### Breaking changes\n\n- `TagsApi.delete(Long)` (operation-removed, `deleteTag`)");
    }

    @Test
    void jsonGoesToTheOutputFileAndTheConsoleGetsOneLine() throws IOException {
        Path report = dir.resolve("reports/diff.json");

        int code = diff("parameter-added-optional", "--format", "json", "--output", report.toString());

        assertThat(code).isZero();
        assertThat(out.toString())
                .isEqualTo("1 changes (0 breaking), version bump minor; report written to " + report
                        + System.lineSeparator());
        assertThat(Files.readString(report, StandardCharsets.UTF_8))
                .contains("\"kind\" : \"parameter-added\"")
                .contains("\"javaElement\" : \"ListTagsParams.Builder.sortBy(String)\"");
    }

    @Test
    void anOverlayIsMergedIntoBothSides() throws IOException {
        Path overlay = Files.writeString(dir.resolve("overlay.yaml"), """
                paths:
                  /loyalty:
                    get:
                      operationId: getLoyalty
                      tags: [Tags]
                      responses: {'200': {description: ok}}
                """);

        int code = diff("operation-added", "--overlay", overlay.toString(), "--fail-on", "breaking");

        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString()).contains("operation-added deleteTag").doesNotContain("getLoyalty");
    }

    @Test
    void aMissingFileIsOneLineAndExitTwo() {
        Path missing = dir.resolve("nope.yaml");

        int code = run("diff", "--old", missing.toString(), "--new", side("unchanged", "new"));

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("error: --old " + missing + ": no such file" + System.lineSeparator());
    }

    @Test
    void aBadSpecNamesTheFileAndPlaceAndExitsTwo() throws IOException {
        String yaml = Files.readString(Path.of(side("unchanged", "new")))
                .replace("$ref: '#/components/schemas/TagInput'", "$ref: '#/components/schemas/Nothing'");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), yaml);

        int code = run("diff", "--old", side("unchanged", "old"), "--new", bad.toString());

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString())
                .startsWith("error: " + bad + "#/paths/~1tags/post/requestBody")
                .contains("'#/components/schemas/Nothing' points at nothing")
                .hasLineCount(1);
    }

    @Test
    void aWrongOptionValueNamesTheAcceptedOnes() {
        int code = diff("unchanged", "--fail-on", "sometimes");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("'sometimes' is not one of none, breaking, any");
    }

    @Test
    void aMalformedSdkVersionIsRefused() {
        int code = diff("unchanged", "--sdk-version", "next");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("error: 'next' is not a version of the form major.minor.patch" + System.lineSeparator());
    }
}
