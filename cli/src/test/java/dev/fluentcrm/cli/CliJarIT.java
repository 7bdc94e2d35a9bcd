package dev.fluentcrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluentcrm.spec.FluentCrmSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published command line as a user runs it: {@code java -jar fluentcrm-codegen-cli-<v>.jar}
 * in a process of its own, on the packaged jar (run by Failsafe after {@code package}).
 */
class CliJarIT {
    private static final Path JAR = Path.of(System.getProperty("cli.jar"));
    private static final String VERSION = System.getProperty("project.version");

    @TempDir
    static Path dir;

    private static Path spec;

    /** What a process printed and how it ended. */
    record Run(int exit, String out, String err) {}

    @BeforeAll
    static void bundledSpec() throws IOException {
        assertThat(JAR).isRegularFile();
        spec = dir.resolve("fluentcrm-openapi.yaml");
        try (InputStream in = FluentCrmSpec.yamlUrl().openStream()) {
            Files.copy(in, spec);
        }
    }

    private static Run run(Path workingDirectory, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        // Only a guard against a hung process, not a measurement.
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 10 minutes: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Run cli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(dir, command);
    }

    @Test
    void versionAndHelp() throws Exception {
        Run version = cli("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).isEqualTo("fluentcrm-codegen " + VERSION + "\n");

        Run help = cli("generate", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out().replaceAll("\\s+", " "))
                .contains(
                        "--spec=FILE",
                        "--outputs=KIND",
                        "from: model, client, server, fixtures, testing, docs, project;");
        assertThat(help.err()).isEmpty();
    }

    @Test
    void generatesTheSdkPrintingOneLineAndNothingElse() throws Exception {
        Path out = dir.resolve("sdk");
        Run run = cli("generate", "--spec", spec.toString(), "--out", out.toString(), "--package", "com.acme.crm");
        assertThat(run.err()).as("no SLF4J or other noise").isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .startsWith("Generated 323 operations in 28 modules, ")
                .hasLineCount(1);
        assertThat(out.resolve("com/acme/crm/FluentCrmClient.java")).isRegularFile();
    }

    @Test
    void diffOfTheBundledSpecAgainstItselfFindsNothingAndExitsZero() throws Exception {
        Run run = cli("diff", "--old", spec.toString(), "--new", spec.toString(), "--fail-on", "any");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).endsWith("No changes.\nVersion bump: none.\n");
    }

    @Test
    void diffFailsOnABreakingChangeWhenAskedTo() throws Exception {
        Path renamed = Files.writeString(
                dir.resolve("renamed.yaml"),
                Files.readString(spec).replace("operationId: listTags\n", "operationId: listAllTags\n"));
        Run run = cli("diff", "--old", spec.toString(), "--new", renamed.toString(), "--fail-on", "breaking");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("BREAKING operation-renamed listAllTags: TagsApi.list -> TagsApi.listAllTags: ")
                .contains("BREAKING parameters-record-renamed listAllTags: ListTagsParams -> ListAllTagsParams")
                .contains("BREAKING type-removed ListTagsSortOrder: ")
                .contains("minor type-added ListAllTagsSortOrder: ");
    }

    @Test
    void aBadSpecExitsWithOneLineNamingTheFileAndThePointer() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /things:
                    get:
                      operationId: listThings
                      tags: [Things]
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Missing'}
                """);
        Path out = dir.resolve("never");
        Run run = cli("generate", "--spec", bad.toString(), "--out", out.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("error: " + bad + "#/paths/~1things/get/responses/200/content/application~1json/schema: "
                        + "$ref '#/components/schemas/Missing' points at nothing\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void theProjectOutputDependsOnThisReleaseAndBuildsWithMavenVerify() throws Exception {
        Path project = dir.resolve("project");
        Run run = cli(
                "generate",
                "--spec",
                spec.toString(),
                "--out",
                project.toString(),
                "--outputs",
                "project",
                "--package",
                "com.acme.crm",
                "--group-id",
                "com.acme",
                "--artifact-id",
                "acme-crm");
        assertThat(run.exit()).as(run.err()).isZero();
        String pom = Files.readString(project.resolve("pom.xml"));
        assertThat(pom)
                .contains("<artifactId>fluentcrm-runtime</artifactId>\n      <version>" + VERSION + "</version>")
                .doesNotContain("development");

        Path mvn = Path.of(System.getProperty("maven.home"), "bin", "mvn");
        Run build = run(project, List.of(mvn.toString(), "-B", "-q", "-ntp", "verify"));
        assertThat(build.exit()).as(build.out() + build.err()).isZero();
        assertThat(project.resolve("target/acme-crm-1.0.0-SNAPSHOT.jar")).isRegularFile();
        assertThat(project.resolve("target/classes/com/acme/crm/FluentCrmClient.class"))
                .isRegularFile();
        assertThat(Files.readString(project.resolve("README.md"), StandardCharsets.UTF_8))
                .contains("crm.contacts()");
    }
}
