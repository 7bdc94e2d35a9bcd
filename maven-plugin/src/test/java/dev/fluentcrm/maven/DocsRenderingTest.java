package dev.fluentcrm.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.OutputKind;
import dev.fluentcrm.codegen.ProjectInfo;
import dev.fluentcrm.codegen.load.SpecException;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.write.GeneratedFile;
import dev.fluentcrm.spec.FluentCrmSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Mustache output of the generator's docs package (README, module pages, pom.xml) as the
 * plugin and the CLI's project option use it, on the bundled spec and with overriding templates.
 */
class DocsRenderingTest {
    private static final ProjectInfo PROJECT =
            new ProjectInfo("com.acme", "acme-crm", "2.0.0", "ACME CRM & <friends>", "com.acme.crm");
    private static Api api;

    @BeforeAll
    static void loadBundledSpec() throws Exception {
        api = Generator.load(List.of(FluentCrmSpec.yamlUrl().toURI()));
    }

    @Test
    void readmeHasInstallAuthenticationAndAnExamplePerModule() {
        String readme = text(generate(OutputKind.DOCS, null), "README.md");
        assertThat(readme)
                .contains(
                        "<artifactId>fluentcrm-runtime</artifactId>",
                        "<version>" + Generator.version() + "</version>",
                        "generated into your own project (`com.acme:acme-crm`, package `com.acme.crm`)",
                        ".applicationPassword(",
                        "import com.acme.crm.FluentCrmClient;",
                        "crm.contacts().list();")
                .doesNotContain("<artifactId>acme-crm</artifactId>");
        api.modules().forEach(module -> assertThat(readme).contains("crm." + module.accessor() + "()."));
        assertThat(readme).as("Markdown is not HTML-escaped").contains("# ACME CRM & <friends>");
    }

    @Test
    void readmeNamesEachModuleOnceAndNoSectionTwice() {
        String readme = text(generate(OutputKind.DOCS, null), "README.md");
        List<String> headings =
                readme.lines().filter(line -> line.startsWith("#")).toList();
        assertThat(headings).doesNotHaveDuplicates();
        api.modules()
                .forEach(module -> assertThat(headings)
                        .filteredOn(heading -> heading.startsWith("#### [" + module.tag() + "]"))
                        .hasSize(1));
    }

    @Test
    void theInstallSectionNamesTheArtifactTheReaderDependsOn() {
        GeneratorOptions ours = new GeneratorOptions(
                "dev.fluentcrm.client",
                Set.of(OutputKind.DOCS),
                Set.of(),
                null,
                new ProjectInfo(
                        "dev.fluentcrm", "fluentcrm-sdk", "1.2.3", "FluentCRM Java SDK", "dev.fluentcrm.client"));
        String sdk = text(new Generator(ours).generate(api).all(), "README.md");
        assertThat(sdk)
                .contains(
                        "<artifactId>fluentcrm-sdk</artifactId>\n  <version>1.2.3</version>",
                        "brings `fluentcrm-runtime`")
                .doesNotContain("<artifactId>fluentcrm-runtime</artifactId>");
        String project = text(generate(OutputKind.PROJECT, null), "README.md");
        assertThat(project)
                .contains(
                        "<groupId>com.acme</groupId>\n  <artifactId>acme-crm</artifactId>\n  <version>2.0.0</version>")
                .contains("`mvn install` it");
    }

    @Test
    void theHtmlReferenceEscapesTextAndHasAnElementPerOperation() {
        String html = text(generate(OutputKind.DOCS, null), "index.html");
        assertThat(html).contains("<title>ACME CRM &amp; &lt;friends&gt;: Java reference</title>");
        api.modules()
                .forEach(module -> module.operations()
                        .forEach(op ->
                                assertThat(html).contains("<article class=\"op\" id=\"" + op.operationId() + "\"")));
        // Offline: nothing is loaded from anywhere.
        assertThat(html).doesNotContain(" src=", "<link", "href=\"//", "@import");
        String style = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
        assertThat(style).doesNotContain("url(");
    }

    @Test
    void onePagePerModuleListingEveryOperation() {
        List<GeneratedFile> files = generate(OutputKind.DOCS, null);
        // index.html, README.md, docs/models.md and a page per module
        assertThat(files).hasSize(api.modules().size() + 3);
        String contacts = text(files, "docs/contacts.md");
        api.modules().stream()
                .filter(m -> m.tag().equals("Contacts"))
                .findFirst()
                .orElseThrow()
                .operations()
                .forEach(op -> assertThat(contacts).contains("`" + op.method().toUpperCase() + " " + op.path() + "`"));
    }

    @Test
    void projectHasAPomWithEscapedValuesAndTheClientBelowSrcMainJava() {
        List<GeneratedFile> files = generate(OutputKind.PROJECT, null);
        String pom = text(files, "pom.xml");
        assertThat(pom)
                .contains(
                        "<groupId>com.acme</groupId>",
                        "<name>ACME CRM &amp; &lt;friends&gt;</name>",
                        "<artifactId>fluentcrm-runtime</artifactId>");
        assertThat(files).anyMatch(f -> f.path().equals("src/main/java/com/acme/crm/FluentCrmClient.java"));
        assertThat(files.stream().map(GeneratedFile::path).toList()).isSorted();
    }

    @Test
    void aTemplateDirectoryOverridesByFileNameAndTheRestStaysOurs(@TempDir Path templates) throws Exception {
        Files.writeString(
                templates.resolve("README.md.mustache"),
                "# {{project.artifactId}}\n{{#modules}}- {{tag}}\n{{/modules}}");
        List<GeneratedFile> files = generate(OutputKind.DOCS, templates);
        assertThat(text(files, "README.md")).startsWith("# acme-crm\n- Contacts\n");
        assertThat(text(files, "docs/tags.md")).startsWith("# Tags");
    }

    @Test
    void aBrokenTemplateIsReportedWithItsFile(@TempDir Path templates) throws Exception {
        Path broken = templates.resolve("README.md.mustache");
        Files.writeString(broken, "{{#modules}} never closed");
        assertThatThrownBy(() -> generate(OutputKind.DOCS, templates))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining(broken.toString());
    }

    @Test
    void outputIsDeterministic() {
        var first = generate(OutputKind.DOCS, null);
        var second = generate(OutputKind.DOCS, null);
        assertThat(first).zipSatisfy(second, (a, b) -> assertThat(a.content()).isEqualTo(b.content()));
    }

    private static List<GeneratedFile> generate(OutputKind output, Path templates) {
        GeneratorOptions options = new GeneratorOptions("com.acme.crm", Set.of(output), Set.of(), templates, PROJECT);
        return new Generator(options).generate(api).all();
    }

    private static String text(List<GeneratedFile> files, String path) {
        Map<String, GeneratedFile> byPath =
                files.stream().collect(Collectors.toMap(GeneratedFile::path, Function.identity()));
        assertThat(byPath).containsKey(path);
        return new String(byPath.get(path).content(), StandardCharsets.UTF_8);
    }
}
