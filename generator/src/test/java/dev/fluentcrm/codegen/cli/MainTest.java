package dev.fluentcrm.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, the one-line summary, one-line errors, no half output. */
class MainTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            tags: [{name: Contacts}, {name: Tags}]
            paths:
              /contacts:
                get:
                  operationId: listContacts
                  tags: [Contacts]
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: array
                            items: {$ref: '#/components/schemas/Contact'}
              /contacts/{id}:
                get:
                  operationId: getContact
                  tags: [Contacts]
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: integer}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Contact'}
              /tags:
                get:
                  operationId: listTags
                  tags: [Tags]
                  responses: {'200': {description: ok}}
            components:
              schemas:
                Contact:
                  type: object
                  properties:
                    id: {type: integer}
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path spec(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml);
    }

    private static List<Path> filesBelow(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void generatesAndSaysWhatItDidInOneLine() throws IOException {
        Path spec = spec("spec.yaml", SPEC);
        Path target = dir.resolve("out");

        int code =
                run("generate", "--spec", spec.toString(), "--out", target.toString(), "--package", "com.example.crm");

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString())
                .matches(
                        "Generated 3 operations in 2 modules, 1 models, (\\d+) files \\(\\1 written, 0 unchanged\\) in \\d+ ms\\R");
        assertThat(target.resolve("com/example/crm/ContactsApi.java")).isRegularFile();
        assertThat(target.resolve("com/example/crm/model/Contact.java")).isRegularFile();
        assertThat(filesBelow(target)).noneMatch(f -> f.toString().endsWith(".tmp"));
    }

    @Test
    void aSecondRunLeavesUnchangedFilesAlone() throws IOException {
        Path spec = spec("spec.yaml", SPEC);
        Path target = dir.resolve("out");
        run("generate", "--spec", spec.toString(), "--out", target.toString());
        Path client = target.resolve("dev/fluentcrm/client/FluentCrmClient.java");
        var modified = Files.getLastModifiedTime(client);

        int code = run("generate", "--spec", spec.toString(), "--out", target.toString());

        assertThat(code).isZero();
        assertThat(out.toString())
                .matches(
                        "Generated 3 operations in 2 modules, 1 models, (\\d+) files \\(0 written, \\1 unchanged\\) in \\d+ ms\\R");
        assertThat(Files.getLastModifiedTime(client)).isEqualTo(modified);
    }

    @Test
    void aBadSpecIsOneLineOnStandardErrorAndWritesNothing() throws IOException {
        Path spec = spec(
                "spec.yaml",
                SPEC.replace(
                        "items: {$ref: '#/components/schemas/Contact'}",
                        "items: {$ref: '#/components/schemas/Contacts'}"));
        Path target = dir.resolve("out");

        int code = run("generate", "--spec", spec.toString(), "--out", target.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString())
                .isEqualTo("error: " + spec
                        + "#/paths/~1contacts/get/responses/200/content/application~1json/schema/items: "
                        + "$ref '#/components/schemas/Contacts' points at nothing" + System.lineSeparator());
        assertThat(target).doesNotExist();
    }

    @Test
    void aFailingOverlayLeavesAnExistingOutputDirectoryAsItWas() throws IOException {
        Path base = spec("spec.yaml", SPEC);
        Path overlay = spec("overlay.yaml", """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /contacts:
                    get:
                      operationId: listAllContacts
                      tags: [Contacts]
                      responses: {'200': {description: ok}}
                """);
        Path target = Files.createDirectories(dir.resolve("out"));
        Path kept = Files.writeString(target.resolve("keep.txt"), "mine");

        int code = run("generate", "--spec", base.toString(), "--spec", overlay.toString(), "--out", target.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .startsWith(
                        "error: " + overlay + "#/paths/~1contacts/get: conflicts with the operation defined in " + base)
                .hasLineCount(1);
        assertThat(filesBelow(target)).containsExactly(kept);
    }

    @Test
    void invalidYamlFailsWithoutAStackTrace() throws IOException {
        Path spec = spec("spec.yaml", "openapi: 3.0.3\ninfo: {title: T\npaths: {}\n");
        Path target = dir.resolve("out");

        int code = run("generate", "--spec", spec.toString(), "--out", target.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .isEqualTo("error: " + spec + ":3:6: not valid YAML: while parsing a flow mapping: "
                        + "expected ',' or '}', but got :" + System.lineSeparator());
        assertThat(target).doesNotExist();
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneLineToo() throws IOException {
        Path spec = spec("spec.yaml", SPEC);
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");

        int code = run("generate", "--spec", spec.toString(), "--out", file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .startsWith("error: Cannot write generated files below " + file)
                .hasLineCount(1)
                .doesNotContain("internal error");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aMissingSpecFileIsExitCode2() {
        Path target = dir.resolve("out");

        int code = run("generate", "--spec", dir.resolve("nope.yaml").toString(), "--out", target.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("error: " + dir.resolve("nope.yaml") + ": no such file" + System.lineSeparator());
        assertThat(target).doesNotExist();
    }

    @Test
    void anInvalidPackageIsRefusedBeforeAnythingIsRead() throws IOException {
        Path spec = spec("spec.yaml", SPEC);
        Path target = dir.resolve("out");

        int code = run(
                "generate", "--spec", spec.toString(), "--out", target.toString(), "--package", "com.Example.class");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .isEqualTo("error: Not a usable Java package name: 'com.Example.class'" + System.lineSeparator());
        assertThat(target).doesNotExist();
    }

    @Test
    void aMissingOptionIsAUsageErrorWithExitCode2() {
        int code = run("generate", "--out", dir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .contains("Missing required option: '--spec=FILE'")
                .contains("Usage: fluentcrm-codegen generate");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("generate", "--spec", "x.yaml", "--spek", "y.yaml", "--out", dir.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option").contains("'--spek'");
    }

    @Test
    void helpAndNoCommandPrintUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: fluentcrm-codegen").contains("generate");
        assertThat(run()).isZero();
        assertThat(out.toString()).contains("Usage: fluentcrm-codegen");
        assertThat(run("generate", "--help")).isZero();
        assertThat(out.toString()).contains("--spec=FILE").contains("--out=DIR").contains("--package=NAME");
    }
}
