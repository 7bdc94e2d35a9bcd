package dev.fluentcrm.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generate goal on a small spec, run in-process: incremental decisions, writes, removals. */
class GenerateMojoTest {
    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();
    private Path out;

    @BeforeEach
    void copySpec() throws IOException {
        for (String name : List.of("spec.yaml", "schemas.yaml")) {
            try (var in = getClass().getResourceAsStream("/mini/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        out = dir.resolve("target/generated-sources/fluentcrm");
    }

    @Test
    void generatesThenSkipsWhenNothingChanged() throws Exception {
        GenerateMojo first = mojo();
        first.execute();
        assertThat(out.resolve("dev/fluentcrm/client/TagsApi.java")).isRegularFile();
        assertThat(out.resolve(Manifest.FILE_NAME)).isRegularFile();
        assertThat(first.project.getCompileSourceRoots()).contains(out.toString());
        assertThat(lastLog()).matches("Generated 3 files in \\d+ ms \\(3 written, 0 unchanged, 0 removed\\)");

        mojo().execute();
        assertThat(lastLog()).startsWith("FluentCRM sources are up to date (inputs and outputs hashed; checked in ");
    }

    @Test
    void upToDateByStampsWithoutReadingAFileUntilSomethingChanges() throws Exception {
        mojo().execute();
        mojo().execute();
        assertThat(lastLog())
                .as("files written within the racy window are not trusted by their stamps")
                .startsWith("FluentCRM sources are up to date (inputs and outputs hashed;");
        trusting(mojo()).execute();
        assertThat(lastLog())
                .as("the stamps taken last time were still racy")
                .startsWith("FluentCRM sources are up to date (inputs and outputs hashed;");
        trusting(mojo()).execute();
        assertThat(lastLog())
                .startsWith("FluentCRM sources are up to date (no input or output changed size or time; checked in ");

        // Same size, another time (set into the past, so it is not racy either): the stamp no longer matches, and the
        // content check restores the file.
        Path tag = out.resolve("dev/fluentcrm/client/model/Tag.java");
        String original = Files.readString(tag);
        Files.writeString(tag, original.replace("public record", "public RECORD"));
        Files.setLastModifiedTime(tag, FileTime.fromMillis(System.currentTimeMillis() - 5_000));
        trusting(mojo()).execute();
        assertThat(lastLog()).contains("(1 written, 2 unchanged, 0 removed)");
        assertThat(Files.readString(tag)).isEqualTo(original);

        // A referenced spec file edited: regenerated, then fast again.
        Path schemas = dir.resolve("schemas.yaml");
        Files.writeString(schemas, Files.readString(schemas).replace("A tag.", "A gat."));
        Files.setLastModifiedTime(schemas, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        trusting(mojo()).execute();
        assertThat(lastLog()).contains("(1 written, 2 unchanged, 0 removed)");
        assertThat(Files.readString(tag)).contains("A gat.");
        trusting(mojo()).execute();
        assertThat(lastLog()).startsWith("FluentCRM sources are up to date (no input or output changed size or time;");

        // A different configuration never takes the fast path.
        GenerateMojo renamed = trusting(mojo());
        renamed.packageName = "com.example.crm";
        renamed.execute();
        assertThat(lastLog()).startsWith("Generated 3 files");
    }

    @Test
    void theCodeNamedAsInputsExistsAndIsFound() throws Exception {
        for (String name : GenerateMojo.CODE) {
            Class<?> type = Class.forName(name);
            assertThat(Fingerprint.location(name))
                    .as(name)
                    .isEqualTo(Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI()));
        }
    }

    /** A mojo that trusts the stamps of files however recently they changed (a test cannot wait out the racy window). */
    private static GenerateMojo trusting(GenerateMojo mojo) {
        // A negative window: even a file stamped in the millisecond it was written is trusted.
        mojo.racyNanos = -TimeUnit.DAYS.toNanos(1);
        return mojo;
    }

    @Test
    void aChangeInAReferencedFileRegeneratesOnlyWhatChanged() throws Exception {
        mojo().execute();
        Path api = out.resolve("dev/fluentcrm/client/TagsApi.java");
        long before = Files.getLastModifiedTime(api).toMillis();
        Files.writeString(
                dir.resolve("schemas.yaml"),
                Files.readString(dir.resolve("schemas.yaml")).replace("A tag.", "A label."));
        mojo().execute();
        assertThat(lastLog()).contains("(1 written, 2 unchanged, 0 removed)");
        assertThat(Files.readString(out.resolve("dev/fluentcrm/client/model/Tag.java")))
                .contains("A label.");
        assertThat(Files.getLastModifiedTime(api).toMillis()).isEqualTo(before);
    }

    @Test
    void anEditedOrDeletedOutputFileIsRestored() throws Exception {
        mojo().execute();
        Path tag = out.resolve("dev/fluentcrm/client/model/Tag.java");
        String original = Files.readString(tag);
        Files.writeString(tag, "// edited");
        mojo().execute();
        assertThat(Files.readString(tag)).isEqualTo(original);
        Files.delete(tag);
        mojo().execute();
        assertThat(tag).isRegularFile();
        assertThat(lastLog()).contains("(1 written, 2 unchanged");
    }

    @Test
    void removesWhatItNoLongerGeneratesButNeverFilesItDidNotWrite() throws Exception {
        GenerateMojo withDocs = mojo();
        withDocs.outputs = List.of("client", "docs");
        withDocs.execute();
        Path readme = dir.resolve("target/generated-docs/fluentcrm/README.md");
        assertThat(readme).isRegularFile();
        Path foreign = out.resolve("dev/fluentcrm/client/Handwritten.java");
        Files.writeString(foreign, "class Handwritten {}");
        Path page = dir.resolve("target/generated-docs/fluentcrm/docs/tags.md");
        Files.writeString(page, Files.readString(page) + "\nmy notes\n");

        mojo().execute();
        assertThat(readme).doesNotExist();
        assertThat(page).as("edited since it was written: kept").isRegularFile();
        assertThat(foreign).isRegularFile();
        // README.md, index.html and docs/models.md; the edited page stays.
        assertThat(lastLog()).contains("3 removed");
        assertThat(log).anyMatch(line -> line.startsWith("WARN Not removing") && line.contains("tags.md"));
    }

    @Test
    void configurationTemplatesAndPackageAreInputs() throws Exception {
        GenerateMojo docs = mojo();
        docs.outputs = List.of("docs");
        Path templates = Files.createDirectories(dir.resolve("templates"));
        docs.templateDirectory = templates.toFile();
        docs.execute();
        Files.writeString(templates.resolve("README.md.mustache"), "# {{project.name}} by ACME\n");
        GenerateMojo again = mojo();
        again.outputs = List.of("docs");
        again.templateDirectory = templates.toFile();
        again.execute();
        assertThat(Files.readString(dir.resolve("target/generated-docs/fluentcrm/README.md")))
                .isEqualTo("# sample by ACME\n");

        GenerateMojo renamed = mojo();
        renamed.packageName = "com.example.crm";
        renamed.execute();
        assertThat(out.resolve("com/example/crm/TagsApi.java")).isRegularFile();
    }

    @Test
    void badParametersAreNamed() {
        GenerateMojo unknown = mojo();
        unknown.outputs = List.of("clients");
        assertThatThrownBy(unknown::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith(
                        "outputs: 'clients' is not an output; choose from model, client, server, fixtures, testing, docs, project");
        GenerateMojo missing = mojo();
        missing.spec = dir.resolve("nope.yaml").toFile();
        assertThatThrownBy(missing::execute).hasMessageStartingWith("spec: " + dir.resolve("nope.yaml"));
        GenerateMojo badPackage = mojo();
        badPackage.packageName = "com.example.class";
        assertThatThrownBy(badPackage::execute).hasMessageStartingWith("packageName: ");
        GenerateMojo badMode = mojo();
        badMode.mode = "partial";
        assertThatThrownBy(badMode::execute).hasMessage("mode: 'partial' is none of auto, full, overlays");
        GenerateMojo ownSpecOverlays = mojo();
        ownSpecOverlays.mode = "overlays";
        assertThatThrownBy(ownSpecOverlays::execute)
                .hasMessage("mode: overlays extends the fluentcrm-sdk jar, which is built from the bundled spec in"
                        + " dev.fluentcrm.client; with your own spec or packageName, use full");
    }

    @Test
    void autoSaysWhyADefaultConfigurationStillGeneratesTheWholeSdk() throws Exception {
        GenerateMojo withDocs = mojo();
        withDocs.spec = null;
        withDocs.outputs = List.of("client", "docs", "server");

        assertThat(withDocs.settings().options().extendsSdk()).isFalse();
        assertThat(log)
                .containsExactly("mode auto: the whole SDK is generated in dev.fluentcrm.client, as with"
                        + " <mode>full</mode>, because the fluentcrm-sdk jars hold only the model, client and"
                        + " testing outputs, not docs, server; the project needs fluentcrm-runtime then, not"
                        + " fluentcrm-sdk");

        log.clear();
        GenerateMojo clientOnly = mojo();
        clientOnly.spec = null;
        assertThat(clientOnly.settings().options().extendsSdk()).isTrue();
        GenerateMojo ownSpec = mojo();
        ownSpec.outputs = List.of("client", "docs");
        assertThat(ownSpec.settings().options().extendsSdk()).isFalse();
        assertThat(log)
                .as("nothing to explain: the jar or an evident full generation")
                .isEmpty();
    }

    @Test
    void serverAndFixturesGoToTheirRoots() throws Exception {
        GenerateMojo all = mojo();
        all.outputs = List.of("client", "server", "fixtures");
        all.execute();
        Path tests = dir.resolve("target/generated-test-sources/fluentcrm");
        assertThat(all.project.getTestCompileSourceRoots()).contains(tests.toString());
        assertThat(all.project.getTestResources())
                .anyMatch(r -> r.getDirectory().equals(tests.toString()));
        try (var files = Files.walk(tests)) {
            assertThat(files.filter(f -> f.toString().endsWith(".json")).count())
                    .isPositive();
        }
        try (var files = Files.walk(out.resolve("dev/fluentcrm/client/server"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".java")).count())
                    .isPositive();
        }
    }

    @Test
    void providedModelsAreNotGeneratedAndMainScopeFixturesAreMainCode() throws Exception {
        GenerateMojo testing = mojo();
        testing.outputs = List.of("server", "fixtures");
        testing.providedOutputs = List.of("model");
        testing.fixturesScope = "main";
        testing.execute();
        assertThat(out.resolve("dev/fluentcrm/client/model")).doesNotExist();
        assertThat(out.resolve("dev/fluentcrm/client/server/FluentCrmRouter.java"))
                .isRegularFile();
        assertThat(out.resolve("dev/fluentcrm/client/fixtures/Fixtures.java")).isRegularFile();
        assertThat(out.resolve("dev/fluentcrm/client/fixtures/responses/getTag.json"))
                .isRegularFile();
        assertThat(testing.project.getCompileSourceRoots()).containsOnlyOnce(out.toString());
        assertThat(testing.project.getTestCompileSourceRoots())
                .doesNotContain(
                        dir.resolve("target/generated-test-sources/fluentcrm").toString());
        assertThat(testing.project.getResources())
                .anyMatch(r -> r.getDirectory().equals(out.toString())
                        && r.getExcludes().contains("**/*.java"));

        GenerateMojo both = mojo();
        both.outputs = List.of("model");
        both.providedOutputs = List.of("model");
        assertThatThrownBy(both::execute)
                .hasMessage("providedOutputs: The output model is both generated and provided");
        GenerateMojo badScope = mojo();
        badScope.fixturesScope = "it";
        assertThatThrownBy(badScope::execute).hasMessage("fixturesScope: 'it' is neither test nor main");
    }

    @Test
    void anOverlayConflictNamesBothFilesAndWritesNothing() throws Exception {
        Path overlay = dir.resolve("overlay.yaml");
        Files.writeString(
                overlay,
                Files.readString(dir.resolve("spec.yaml")).replace("summary: Get a tag", "summary: Something else"));
        GenerateMojo conflict = mojo();
        conflict.overlays = List.of(overlay.toFile());
        assertThatThrownBy(conflict::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining(overlay.toString())
                .hasMessageContaining(dir.resolve("spec.yaml").toString())
                .hasMessageContaining("#/paths/~1tags~1{id}/get");
        assertThat(out).doesNotExist();
    }

    @Test
    void checkFailsOnStaleSourcesAndPassesOnFreshOnes() throws Exception {
        CheckMojo stale = configure(new CheckMojo());
        assertThatThrownBy(stale::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("3 generated FluentCRM file(s) are stale")
                .hasMessageContaining("missing ");
        mojo().execute();
        configure(new CheckMojo()).execute();
        assertThat(lastLog()).isEqualTo("FluentCRM generated sources are up to date (3 files checked)");
        Files.writeString(out.resolve("dev/fluentcrm/client/model/Tag.java"), "// edited");
        assertThatThrownBy(configure(new CheckMojo())::execute).hasMessageContaining("differs ");
    }

    private GenerateMojo mojo() {
        return configure(new GenerateMojo());
    }

    private <T extends AbstractFluentCrmMojo> T configure(T mojo) {
        Model model = new Model();
        model.setGroupId("com.example");
        model.setArtifactId("sample");
        model.setVersion("1.0");
        model.setName("sample");
        MavenProject project = new MavenProject(model);
        project.setFile(dir.resolve("pom.xml").toFile());
        mojo.project = project;
        if (mojo instanceof GenerateMojo generate) {
            generate.buildDirectory = dir.resolve("target").toFile();
        }
        mojo.spec = dir.resolve("spec.yaml").toFile();
        mojo.outputDirectory = out.toFile();
        mojo.testOutputDirectory =
                dir.resolve("target/generated-test-sources/fluentcrm").toFile();
        mojo.docsDirectory = dir.resolve("target/generated-docs/fluentcrm").toFile();
        mojo.projectDirectory =
                dir.resolve("target/generated-project/fluentcrm").toFile();
        mojo.fixturesScope = "test";
        mojo.packageName = "dev.fluentcrm.client";
        mojo.outputs = List.of("client");
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                log.add(content.toString());
            }

            @Override
            public void warn(CharSequence content) {
                log.add("WARN " + content);
            }
        });
        return mojo;
    }

    private String lastLog() {
        return log.get(log.size() - 1);
    }
}
