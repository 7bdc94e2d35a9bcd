package dev.fluentcrm.codegen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.OutputKind;
import dev.fluentcrm.codegen.load.SpecException;
import dev.fluentcrm.codegen.model.Api;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template that names a variable its scope does not have fails the generation, saying where. */
class StrictTemplatesTest {
    private static Api api;

    @TempDir
    Path templates;

    @BeforeAll
    static void load() throws IOException {
        Path spec = Files.createTempFile("spec", ".yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                tags: [{name: Tags}]
                paths:
                  /tags:
                    get:
                      operationId: listTags
                      tags: [Tags]
                      responses: {'200': {description: ok}}
                """);
        api = Generator.load(List.of(spec.toUri()));
    }

    private List<String> render(String template) throws IOException {
        Files.writeString(templates.resolve("README.md.mustache"), template);
        GeneratorOptions options = new GeneratorOptions("com.acme", Set.of(OutputKind.DOCS), Set.of(), templates, null);
        return new Generator(options)
                .generate(api).all().stream().map(f -> f.path()).toList();
    }

    @Test
    void ourOwnTemplatesAndNamesFromOuterScopesPass() throws IOException {
        assertThat(
                        render(
                                "# {{project.artifactId}}\n{{#modules}}- {{tag}} of {{api.title}}{{#operations}} {{javaName}}{{/operations}}\n{{/modules}}{{^modules}}none{{/modules}}"))
                .contains("README.md", "docs/tags.md");
    }

    @Test
    void aMisspeltNameFailsNamingTheTemplateTheLineAndWhatTheScopeHas() throws IOException {
        Path template = templates.resolve("README.md.mustache");
        assertThatThrownBy(() -> render("# Title\n\nBy {{project.artifactID}}\n"))
                .isInstanceOf(SpecException.class)
                .hasMessage(
                        "Template " + template + ":3: no variable 'project.artifactID' here (ProjectInfo has groupId,"
                                + " artifactId, version, name, packageName; see templates/README.md)");
        assertThatThrownBy(() -> render("{{#modules}}\n{{#operations}}{{methd}}{{/operations}}\n{{/modules}}"))
                .isInstanceOf(SpecException.class)
                .hasMessageStartingWith("Template " + template + ":2: no variable 'methd' here (OperationView has ");
    }
}
