package dev.fluentcrm.maven;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.OutputKind;
import dev.fluentcrm.codegen.OutputKind.Destination;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.DefaultDependencyResolutionRequest;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.DependencyResolutionResult;
import org.apache.maven.project.ProjectDependenciesResolver;

/**
 * Generates the FluentCRM SDK sources from the spec and its overlays, and adds the output
 * directories as source roots. Incremental: when nothing that affects the output changed (spec
 * files and everything they reference, overlays, parameters, templates, the generator itself)
 * and the files it wrote last time are still there unchanged, it does nothing; otherwise it
 * writes only the files whose bytes differ and removes the ones it generated before that are
 * no longer generated.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractFluentCrmMojo {
    /**
     * The generator's code, whose jars are inputs. Named, not referenced: a class literal would
     * load the class, and the no-op check must not pay for that.
     */
    static final List<String> CODE = List.of(
            "dev.fluentcrm.maven.GenerateMojo",
            "dev.fluentcrm.codegen.Generator",
            "dev.fluentcrm.codegen.emit.docs.Templates");

    /** Where the fast up-to-date check keeps its {@link Stamps}: machine-local, removed by {@code mvn clean}. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    protected File buildDirectory;

    /** The build, for resolving the project's dependencies when a generation happens. */
    @Parameter(defaultValue = "${session}", readonly = true)
    protected MavenSession session;

    /** Injected by Maven (JSR-330), like every component of a Maven 3.9 plugin. */
    @Inject
    protected ProjectDependenciesResolver dependencies;

    /** How recent a file may be and still be trusted by its stamp; see {@link Stamps}. Tests shorten it. */
    long racyNanos = Stamps.RACY_NANOS;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Settings settings = settings();
        addSourceRoots(settings);
        if (skip) {
            getLog().info("FluentCRM generation skipped (fluentcrm.skip)");
            return;
        }
        long start = System.nanoTime();
        try {
            String configuration = Fingerprint.configuration(settings, CODE);
            Path stampFile =
                    Stamps.location(buildDirectory.toPath().toAbsolutePath().normalize(), settings.manifestDirectory());
            Stamps stamps = Stamps.read(stampFile);
            if (stamps != null && stamps.upToDate(configuration)) {
                getLog().info(upToDate(start, "no input or output changed size or time"));
                return;
            }
            Fingerprint.Inputs inputs = Fingerprint.of(settings, CODE);
            Manifest previous = Manifest.read(settings.manifestDirectory());
            if (previous != null
                    && previous.fingerprint().equals(inputs.fingerprint())
                    && previous.filesIntact(settings.manifestDirectory())) {
                stamp(stampFile, configuration, inputs, previous, settings, racyNanos);
                getLog().info(upToDate(start, "inputs and outputs hashed"));
                return;
            }
            Map<Destination, List<GeneratedFile>> files = generate(settings);
            checkRuntimeDependencies(settings);
            OutputSync.Result result = OutputSync.apply(settings, files, previous, inputs.fingerprint());
            stamp(stampFile, configuration, inputs, result.manifest(), settings, racyNanos);
            result.kept()
                    .forEach(file -> getLog().warn("Not removing " + file
                            + ": it is no longer generated, but was edited after the plugin wrote it"));
            getLog().info(String.format(
                    "Generated %d files in %d ms (%d written, %d unchanged, %d removed)",
                    result.generated(),
                    (System.nanoTime() - start) / 1_000_000,
                    result.written(),
                    result.unchanged(),
                    result.removed()));
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /**
     * Fails in one line when the generated code would not compile for want of a runtime library.
     * Checked only when something is generated, never on the up-to-date path (resolving the
     * dependency graph would cost every no-op build its time), and skipped when no build session
     * is there (the plugin's unit tests) or the graph cannot be resolved (javac will say why).
     */
    private void checkRuntimeDependencies(Settings settings) throws MojoFailureException {
        if (session == null || dependencies == null || settings.emits(OutputKind.PROJECT)) {
            return;
        }
        DependencyResolutionResult graph;
        try {
            graph = dependencies.resolve(
                    new DefaultDependencyResolutionRequest(project, session.getRepositorySession()));
        } catch (DependencyResolutionException e) {
            graph = e.getResult();
        }
        if (graph == null) {
            return;
        }
        Map<String, String> versions = new HashMap<>();
        graph.getDependencies()
                .forEach(d -> versions.put(
                        d.getArtifact().getGroupId() + ":" + d.getArtifact().getArtifactId(),
                        d.getArtifact().getBaseVersion()));
        Optional<String> missing = settings.options().extendsSdk()
                ? RuntimeDependencies.sdkProblem(settings.options().emitted(), versions, Generator.version())
                : Optional.empty();
        if (missing.isEmpty()) {
            missing = RuntimeDependencies.missing(settings.options().emitted(), versions.keySet(), Generator.version());
        }
        if (missing.isPresent()) {
            throw new MojoFailureException(missing.get());
        }
    }

    private static String upToDate(long start, String how) {
        return String.format(
                "FluentCRM sources are up to date (%s; checked in %d ms)",
                how, (System.nanoTime() - start) / 1_000_000);
    }

    /** Records the stamps of the inputs, the manifest and every file it lists, for the next run's fast check. */
    private static void stamp(
            Path stampFile,
            String configuration,
            Fingerprint.Inputs inputs,
            Manifest manifest,
            Settings settings,
            long racyNanos) {
        if (manifest == null) {
            return;
        }
        List<Path> files = new ArrayList<>(inputs.files());
        files.add(settings.manifestDirectory().resolve(Manifest.FILE_NAME));
        manifest.files().forEach(entry -> files.add(entry.file(settings.manifestDirectory())));
        Stamps.take(configuration, files, racyNanos).write(stampFile);
    }

    private void addSourceRoots(Settings settings) throws MojoFailureException {
        if (settings.emits(OutputKind.PROJECT)) {
            return; // A standalone project: not part of this build.
        }
        if (settings.options().emitted().stream()
                .anyMatch(kind -> settings.options().destination(kind) == Destination.SOURCES)) {
            project.addCompileSourceRoot(
                    settings.roots().get(Destination.SOURCES).toString());
        }
        if (settings.options().emitted().stream()
                .anyMatch(kind -> settings.options().destination(kind) == Destination.TEST_SOURCES)) {
            // The fixtures' JSON sits beside the classes that load it from the class path.
            String root = settings.roots().get(Destination.TEST_SOURCES).toString();
            if (fixturesInMain()) {
                project.addCompileSourceRoot(root);
                if (project.getResources().stream().noneMatch(r -> root.equals(r.getDirectory()))) {
                    project.addResource(javaExcluded(root));
                }
            } else {
                project.addTestCompileSourceRoot(root);
                if (project.getTestResources().stream().noneMatch(r -> root.equals(r.getDirectory()))) {
                    project.addTestResource(javaExcluded(root));
                }
            }
        }
    }

    private static Resource javaExcluded(String directory) {
        Resource resources = new Resource();
        resources.setDirectory(directory);
        resources.addExclude("**/*.java");
        resources.addExclude("**/" + Manifest.FILE_NAME);
        return resources;
    }
}
