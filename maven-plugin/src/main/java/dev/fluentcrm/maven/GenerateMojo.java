package dev.fluentcrm.maven;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.emit.docs.Templates;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

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
            String fingerprint = Fingerprint.of(settings, Fingerprint.code(List.of(GenerateMojo.class, Generator.class, Templates.class)));
            Manifest previous = Manifest.read(settings.manifestDirectory());
            if (previous != null && previous.fingerprint().equals(fingerprint) && previous.filesIntact(settings.manifestDirectory())) {
                getLog().info("FluentCRM sources are up to date");
                return;
            }
            Map<OutputKind.Root, List<GeneratedFile>> files = generate(settings);
            OutputSync.Result result = OutputSync.apply(settings, files, previous, fingerprint);
            result.kept().forEach(file -> getLog().warn("Not removing " + file + ": it is no longer generated, but was edited after the plugin wrote it"));
            getLog().info(String.format("Generated %d files in %d ms (%d written, %d unchanged, %d removed)",
                    result.generated(), (System.nanoTime() - start) / 1_000_000, result.written(), result.unchanged(), result.removed()));
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private void addSourceRoots(Settings settings) {
        if (settings.outputs().stream().anyMatch(o -> o.root == OutputKind.Root.MAIN)) {
            project.addCompileSourceRoot(settings.roots().get(OutputKind.Root.MAIN).toString());
        }
        if (settings.outputs().contains(OutputKind.FIXTURES)) {
            String testRoot = settings.roots().get(OutputKind.Root.TEST).toString();
            project.addTestCompileSourceRoot(testRoot);
            // The fixtures' JSON sits beside the classes that load it from the class path.
            if (project.getTestResources().stream().noneMatch(r -> testRoot.equals(r.getDirectory()))) {
                Resource resources = new Resource();
                resources.setDirectory(testRoot);
                resources.addExclude("**/*.java");
                project.addTestResource(resources);
            }
        }
    }
}
