package dev.fluentcrm.maven;

import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.OutputKind;
import dev.fluentcrm.codegen.OutputKind.Destination;
import dev.fluentcrm.codegen.ProjectInfo;
import dev.fluentcrm.codegen.load.SpecException;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.io.File;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** The parameters both goals share, and turning them into {@link Settings} and generated files. */
abstract class AbstractFluentCrmMojo extends AbstractMojo {
    /**
     * The OpenAPI 3.0 document (YAML or JSON) to generate from. Files it references with
     * {@code $ref} are read too, and a change in any of them triggers regeneration. When not set,
     * the FluentCRM spec bundled with this plugin (the {@code fluentcrm-openapi} artifact of the
     * same version) is used.
     */
    @Parameter(property = "fluentcrm.spec")
    protected File spec;

    /**
     * Further OpenAPI documents merged into the spec in the given order, for example a site's own
     * endpoints under {@code fluent-crm/v2}. Their paths, operations, tags and component schemas
     * are added; defining one the spec (or an earlier overlay) already defines differently fails
     * the build with a message naming both files and the JSON pointer.
     */
    @Parameter(property = "fluentcrm.overlays")
    protected List<File> overlays = new ArrayList<>();

    /**
     * Where the generated main sources (the client, and server stubs) are written. It is added as
     * a compile source root. The plugin keeps its manifest ({@code .fluentcrm-manifest.json}, the
     * list of files it wrote with their hashes) in this directory.
     */
    @Parameter(
            property = "fluentcrm.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/fluentcrm",
            required = true)
    protected File outputDirectory;

    /**
     * Where generated test sources (the {@code fixtures} output) are written. It is added as a
     * test compile source root when {@code fixtures} is among the outputs.
     */
    @Parameter(
            property = "fluentcrm.testOutputDirectory",
            defaultValue = "${project.build.directory}/generated-test-sources/fluentcrm",
            required = true)
    protected File testOutputDirectory;

    /** Where the {@code docs} output (README.md and one Markdown page per module) is written. */
    @Parameter(
            property = "fluentcrm.docsDirectory",
            defaultValue = "${project.build.directory}/generated-docs/fluentcrm",
            required = true)
    protected File docsDirectory;

    /**
     * Where the {@code project} output is written: a standalone Maven project holding the client
     * below {@code src/main/java}, its docs and a {@code pom.xml}. It is not added to this build.
     */
    @Parameter(
            property = "fluentcrm.projectDirectory",
            defaultValue = "${project.build.directory}/generated-project/fluentcrm",
            required = true)
    protected File projectDirectory;

    /**
     * The Java package of the generated code. The module classes and {@code FluentCrmClient} go
     * into this package, the models into its subpackage {@code model}.
     */
    @Parameter(property = "fluentcrm.packageName", defaultValue = "dev.fluentcrm.client", required = true)
    protected String packageName;

    /**
     * What to emit, any of {@code model}, {@code client}, {@code server}, {@code fixtures},
     * {@code testing}, {@code docs} and {@code project}. What an output needs comes along: {@code client},
     * {@code server} and {@code fixtures} are typed with the models, so {@code model} is generated
     * with them (unless listed in {@code providedOutputs}); {@code project} brings the client and
     * its docs. {@code model}, {@code client} and {@code server} go to {@code outputDirectory};
     * {@code fixtures} (sample data as JSON plus the classes that read them) and {@code testing} (a
     * mock FluentCRM of the spec and a JUnit 5 extension, which need {@code fluentcrm-testing-runtime})
     * to {@code testOutputDirectory}, or with {@code fixturesScope} {@code main} to
     * {@code outputDirectory}, and so does main code that only they need; {@code docs} to {@code docsDirectory}; {@code project} to
     * {@code projectDirectory}.
     */
    @Parameter(property = "fluentcrm.outputs", defaultValue = "client", required = true)
    protected List<String> outputs = new ArrayList<>(List.of("client"));

    /**
     * Outputs whose classes the build already has from a dependency, so they are not generated
     * even where another output needs them: for example {@code model} when the models come from the
     * {@code fluentcrm-sdk} jar (same package) and only {@code server} or {@code fixtures} are wanted.
     */
    @Parameter(property = "fluentcrm.providedOutputs")
    protected List<String> providedOutputs = new ArrayList<>();

    /**
     * Whether the {@code fixtures} output is test code ({@code test}, the default: a test source
     * and resource root) or main code ({@code main}: written to {@code outputDirectory}, a source and
     * resource root), for a library of test helpers that other projects' tests use.
     */
    @Parameter(property = "fluentcrm.fixturesScope", defaultValue = "test", required = true)
    protected String fixturesScope;

    /**
     * The Java package of the {@code testing} output ({@code MockFluentCrm} and its JUnit 5
     * extension). When not set, {@code packageName} followed by {@code .testing}.
     */
    @Parameter(property = "fluentcrm.testingPackage")
    protected String testingPackage;

    /**
     * A directory of Mustache templates that replace the plugin's own by file name:
     * {@code README.md.mustache}, {@code module.md.mustache}, {@code pom.xml.mustache}. Templates
     * not found there come from the {@code fluentcrm-templates} artifact. Its files are part of
     * the inputs: editing one triggers regeneration.
     */
    @Parameter(property = "fluentcrm.templateDirectory")
    protected File templateDirectory;

    /**
     * What to generate: {@code auto} (the default), {@code full} or {@code overlays}. {@code full}
     * generates the whole SDK from the spec and its overlays, in {@code packageName}. {@code overlays}
     * generates only what the overlays add, in {@code extensionPackage}: their operations (reached
     * with {@code crm.extension(LoyaltyApi::new)}) and their models, typed with the models of the
     * {@code fluentcrm-sdk} jar, which the project must depend on (same version as this plugin); the
     * {@code testing} output's mock then serves the jar's operations and the overlays', and needs
     * {@code fluentcrm-sdk-testing}. {@code auto} means {@code overlays} when the spec is the bundled
     * one, {@code packageName} the default and the outputs among {@code model}, {@code client} and
     * {@code testing} (the jar has exactly that SDK already), and {@code full} otherwise.
     */
    @Parameter(property = "fluentcrm.mode", defaultValue = "auto", required = true)
    protected String mode = "auto";

    /**
     * The Java package of what the {@code overlays} mode generates (models in its subpackage
     * {@code model}, the mock in {@code testing}). When not set, the project's groupId followed by
     * {@code .fluentcrm} ({@code com.acme} gives {@code com.acme.fluentcrm}).
     */
    @Parameter(property = "fluentcrm.extensionPackage")
    protected String extensionPackage;

    /** Skips the goal; the source roots are still added, so a build can compile what was generated before. */
    @Parameter(property = "fluentcrm.skip", defaultValue = "false")
    protected boolean skip;

    /** The project being built: its base directory, coordinates (for the docs) and source roots. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** Checks the parameters and resolves them to absolute paths and known outputs. */
    protected Settings settings() throws MojoFailureException {
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        URI specUri;
        Path specFile = null;
        if (spec == null) {
            specUri = SpecParameters.bundledSpec();
        } else {
            specFile = SpecParameters.existingFile("spec", spec);
            specUri = specFile.toUri();
        }
        List<Path> overlayFiles = new ArrayList<>();
        for (int i = 0; i < overlays.size(); i++) {
            overlayFiles.add(SpecParameters.existingFile("overlays[" + i + "]", overlays.get(i)));
        }
        Set<OutputKind> chosen = kinds("outputs", outputs);
        Set<OutputKind> provided = kinds("providedOutputs", providedOutputs);
        Path templates = null;
        if (templateDirectory != null) {
            templates = templateDirectory.toPath().toAbsolutePath().normalize();
            if (!Files.isDirectory(templates)) {
                throw new MojoFailureException("templateDirectory: " + templates + " is not a directory");
            }
        }
        boolean overlaysOnly = overlaysOnly(chosen, provided);
        String generatedPackage = overlaysOnly ? extensionPackage() : packageName;
        ProjectInfo info = new ProjectInfo(
                project.getGroupId(),
                project.getArtifactId(),
                project.getVersion(),
                project.getName() == null ? project.getArtifactId() : project.getName(),
                generatedPackage);
        GeneratorOptions options;
        try {
            options = new GeneratorOptions(
                    generatedPackage,
                    chosen,
                    provided,
                    templates,
                    info,
                    testingPackage,
                    overlaysOnly ? GeneratorOptions.DEFAULT_PACKAGE : null);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            String parameter = message.contains("package name") || message.contains("package of your own")
                    ? (message.endsWith("'" + testingPackage + "'")
                            ? "testingPackage"
                            : overlaysOnly ? "extensionPackage" : "packageName")
                    : message.contains("provided") ? "providedOutputs" : "outputs";
            throw new MojoFailureException(parameter + ": " + e.getMessage(), e);
        }
        Path main = absolute(outputDirectory);
        Map<Destination, Path> roots = new EnumMap<>(Destination.class);
        roots.put(Destination.SOURCES, main);
        roots.put(Destination.TEST_SOURCES, fixturesInMain() ? main : absolute(testOutputDirectory));
        roots.put(Destination.DOCS, absolute(docsDirectory));
        roots.put(Destination.PROJECT, absolute(projectDirectory));
        return new Settings(specUri, specFile, List.copyOf(overlayFiles), options, roots, main, basedir);
    }

    /**
     * Whether only what the overlays add is generated, the rest coming from the {@code fluentcrm-sdk}
     * jar; see {@link #mode}.
     */
    private boolean overlaysOnly(Set<OutputKind> chosen, Set<OutputKind> provided) throws MojoFailureException {
        return switch (mode.strip()) {
            case "full" -> false;
            case "overlays" -> {
                if (spec != null || !GeneratorOptions.DEFAULT_PACKAGE.equals(packageName)) {
                    throw new MojoFailureException("mode: overlays extends the fluentcrm-sdk jar, which is built from"
                            + " the bundled spec in " + GeneratorOptions.DEFAULT_PACKAGE
                            + "; with your own spec or packageName, use full");
                }
                yield true;
            }
            case "auto" -> {
                boolean bundledSdk = spec == null && GeneratorOptions.DEFAULT_PACKAGE.equals(packageName);
                boolean extensible = provided.isEmpty() && EXTENSIBLE.containsAll(chosen);
                if (bundledSdk && !extensible) {
                    // The one case where auto's choice may surprise: a default configuration that
                    // still generates the whole SDK, because of an output the jars do not hold.
                    getLog().info("mode auto: the whole SDK is generated in " + GeneratorOptions.DEFAULT_PACKAGE
                            + ", as with <mode>full</mode>, because "
                            + (provided.isEmpty()
                                    ? "the fluentcrm-sdk jars hold only the model, client and testing outputs, not "
                                            + outside(chosen)
                                    : "providedOutputs is set")
                            + "; the project needs fluentcrm-runtime then, not fluentcrm-sdk");
                }
                yield bundledSdk && extensible;
            }
            default -> throw new MojoFailureException("mode: '" + mode + "' is none of auto, full, overlays");
        };
    }

    /** The chosen outputs the jars do not hold, as the parameter spells them: {@code docs, server}. */
    private static String outside(Set<OutputKind> chosen) {
        return chosen.stream()
                .filter(kind -> !EXTENSIBLE.contains(kind))
                .map(OutputKind::id)
                .sorted()
                .collect(Collectors.joining(", "));
    }

    /** The outputs the {@code fluentcrm-sdk} and {@code fluentcrm-sdk-testing} jars hold for the bundled spec. */
    private static final Set<OutputKind> EXTENSIBLE = Set.of(OutputKind.MODEL, OutputKind.CLIENT, OutputKind.TESTING);

    /** The package of an extension: as configured, or made from the project's groupId. */
    private String extensionPackage() {
        if (extensionPackage != null && !extensionPackage.isBlank()) {
            return extensionPackage.strip();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : project.getGroupId().toLowerCase(Locale.ROOT).split("\\.")) {
            String name = segment.replaceAll("[^a-z0-9_]", "_");
            if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
                name = "_" + name;
            }
            segments.add(SourceVersion.isKeyword(name) ? name + "_" : name);
        }
        segments.add("fluentcrm");
        return String.join(".", segments);
    }

    /** Whether the fixtures are main code; refuses a scope other than {@code test} and {@code main}. */
    protected boolean fixturesInMain() throws MojoFailureException {
        return switch (fixturesScope.strip()) {
            case "test" -> false;
            case "main" -> true;
            default ->
                throw new MojoFailureException("fixturesScope: '" + fixturesScope + "' is neither test nor main");
        };
    }

    private static Set<OutputKind> kinds(String parameter, List<String> ids) throws MojoFailureException {
        try {
            return OutputKind.parseAll(ids);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(parameter + ": " + e.getMessage(), e);
        }
    }

    /** Generates everything in memory; spec, template and parameter problems become one clear build failure. */
    protected Map<Destination, List<GeneratedFile>> generate(Settings settings) throws MojoFailureException {
        try {
            return SdkGeneration.generate(settings);
        } catch (SpecException | UncheckedIOException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    private static Path absolute(File file) {
        return file.toPath().toAbsolutePath().normalize();
    }
}
