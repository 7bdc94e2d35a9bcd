package dev.fluentcrm.maven;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.diff.Bump;
import dev.fluentcrm.codegen.diff.DiffReport;
import dev.fluentcrm.codegen.diff.FailOn;
import dev.fluentcrm.codegen.diff.ReportFormat;
import dev.fluentcrm.codegen.diff.SpecDiff;
import dev.fluentcrm.codegen.load.SpecException;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/**
 * Compares the spec with a baseline (an earlier spec file, or an earlier release of
 * {@code fluentcrm-openapi} by its coordinates) by what changes in the generated Java SDK: every
 * change breaking or not, and the semantic version bump they call for. Writes the report (by
 * default a Markdown {@code CHANGELOG.md} entry) to {@code outputFile}, logs it, and with
 * {@code failOn} fails the build on a breaking change or on any change. Not bound to a phase:
 * run {@code mvn fluentcrm:diff -Dfluentcrm.diff.baseline=dev.fluentcrm:fluentcrm-openapi:0.1.0}.
 */
@Mojo(name = "diff", threadSafe = true)
public class DiffMojo extends AbstractMojo {
    /**
     * What to compare with: a spec file (YAML or JSON), or Maven coordinates of a published spec.
     * {@code groupId:artifactId:version} resolves the YAML that {@code fluentcrm-openapi} attaches
     * (classifier {@code openapi}, type {@code yaml}), for example
     * {@code dev.fluentcrm:fluentcrm-openapi:0.1.0}; {@code groupId:artifactId:extension:classifier:version}
     * picks another file.
     */
    @Parameter(property = "fluentcrm.diff.baseline")
    protected String baseline;

    /**
     * The newer spec; the same parameter as the {@code generate} goal's, so a spec configured for
     * the plugin is the one compared. When not set, the spec bundled with this plugin.
     */
    @Parameter(property = "fluentcrm.spec")
    protected File spec;

    /** Overlays merged into both sides, as {@code generate} merges them. */
    @Parameter(property = "fluentcrm.overlays")
    protected List<File> overlays = new ArrayList<>();

    /** {@code none} (the default), {@code breaking} (fail on a breaking change) or {@code any} (fail on any change). */
    @Parameter(property = "fluentcrm.diff.failOn", defaultValue = "none", required = true)
    protected String failOn;

    /** {@code markdown} (the default: an entry for the SDK's {@code CHANGELOG.md}), {@code text} or {@code json}. */
    @Parameter(property = "fluentcrm.diff.format", defaultValue = "markdown", required = true)
    protected String format;

    /**
     * Where the report goes. When not set, {@code target/fluentcrm-spec-diff.md} (or {@code .txt},
     * {@code .json} by {@code format}).
     */
    @Parameter(property = "fluentcrm.diff.outputFile")
    protected File outputFile;

    /**
     * The SDK's current version, from which the report names the next one (the Markdown heading).
     * When not set and the baseline is coordinates, the baseline's version.
     */
    @Parameter(property = "fluentcrm.diff.sdkVersion")
    protected String sdkVersion;

    /** Skips the goal. */
    @Parameter(property = "fluentcrm.skip", defaultValue = "false")
    protected boolean skip;

    /** The project: its base directory (relative paths), build directory and repositories (the baseline). */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The build, whose repository session resolves a baseline given as coordinates. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** Maven's artifact resolver. */
    @Inject
    protected RepositorySystem repositorySystem;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("FluentCRM spec diff skipped (fluentcrm.skip)");
            return;
        }
        FailOn failWhen = parse("failOn", () -> FailOn.parse(failOn));
        ReportFormat reportFormat = parse("format", () -> ReportFormat.parse(format));
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        BaselineResolver.Baseline old = new BaselineResolver(
                        repositorySystem, session.getRepositorySession(), project.getRemoteProjectRepositories())
                .resolve(baseline, basedir);
        String version = sdkVersion != null ? sdkVersion : old.version();
        if (version != null) {
            parse("sdkVersion", () -> Bump.NONE.next(version));
        }
        List<URI> overlayUris = new ArrayList<>();
        for (int i = 0; i < overlays.size(); i++) {
            overlayUris.add(SpecParameters.existingFile("overlays[" + i + "]", overlays.get(i))
                    .toUri());
        }
        List<URI> before = new ArrayList<>(List.of(old.file().toUri()));
        before.addAll(overlayUris);
        List<URI> after = new ArrayList<>(List.of(newSpec()));
        after.addAll(overlayUris);
        String newLabel = spec == null
                ? "the bundled spec of fluentcrm-maven-plugin " + Generator.version()
                : basedir.relativize(spec.toPath().toAbsolutePath().normalize()).toString();
        DiffReport report;
        try {
            report = SpecDiff.compare(old.label(), before, newLabel, after);
        } catch (SpecException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        Path target = outputFile != null
                ? outputFile.toPath().toAbsolutePath().normalize()
                : Path.of(project.getBuild().getDirectory()).resolve("fluentcrm-spec-diff." + reportFormat.extension());
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, reportFormat.render(report, version), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("outputFile: " + target + " cannot be written: " + e.getMessage(), e);
        }
        ReportFormat.TEXT.render(report, version).lines().forEach(getLog()::info);
        getLog().info("Spec diff written to " + target);
        if (failWhen.fails(report)) {
            throw new MojoFailureException(report.changes().size() + " change(s), " + report.breakingCount()
                    + " breaking, against the baseline " + old.label() + " (failOn " + failWhen.id() + "); see "
                    + target);
        }
    }

    private URI newSpec() throws MojoFailureException {
        return spec != null ? SpecParameters.existingFile("spec", spec).toUri() : SpecParameters.bundledSpec();
    }

    /** A value the goal reads, whose IllegalArgumentException becomes a failure naming the parameter. */
    private interface Reading<T> {
        T read();
    }

    private static <T> T parse(String parameter, Reading<T> reading) throws MojoFailureException {
        try {
            return reading.read();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(parameter + ": " + e.getMessage(), e);
        }
    }
}
