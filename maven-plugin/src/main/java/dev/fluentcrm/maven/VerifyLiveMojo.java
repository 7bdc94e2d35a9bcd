package dev.fluentcrm.maven;

import dev.fluentcrm.codegen.load.SpecException;
import dev.fluentcrm.live.Credentials;
import dev.fluentcrm.live.Finding;
import dev.fluentcrm.live.LiveSpec;
import dev.fluentcrm.live.LiveVerifier;
import dev.fluentcrm.live.ModelClasses;
import dev.fluentcrm.live.Report;
import dev.fluentcrm.live.SiteClient;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Checks a running FluentCRM site against the spec, as the command line's {@code verify-live}
 * does: the site's route index against the spec's operations, every read-only operation the
 * site registers (status and body against the schemas, body decoded with the generated types),
 * and with {@code writeScenario} create/update/delete round trips and the typed errors. Fails
 * the build on any mismatch. Not bound to a phase: run {@code mvn fluentcrm:verify-live
 * -Dfluentcrm.site=https://staging.example.com ...}.
 *
 * <p>Answers are decoded with the classes of {@code packageName} on the project's test class path
 * (the {@code fluentcrm-sdk} dependency, or the client this project generates after
 * {@code compile}); without them, the model of the spec is generated and compiled for the check.
 */
@Mojo(name = "verify-live", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class VerifyLiveMojo extends AbstractMojo {
    /** The WordPress address of the site ({@code https://staging.example.com}). */
    @Parameter(property = "fluentcrm.site", required = true)
    private String site;

    /** A user with FluentCRM's rights. */
    @Parameter(property = "fluentcrm.user", required = true)
    private String user;

    /**
     * The name of the environment variable holding that user's Application Password. The password
     * itself never goes into the POM, and the goal never prints it.
     */
    @Parameter(property = "fluentcrm.appPasswordEnv", required = true)
    private String appPasswordEnv;

    /** A user without FluentCRM rights, for the 403 check of the write scenario. */
    @Parameter(property = "fluentcrm.noRightsUser")
    private String noRightsUser;

    /** The environment variable holding the Application Password of {@code noRightsUser}. */
    @Parameter(property = "fluentcrm.noRightsPasswordEnv")
    private String noRightsPasswordEnv;

    /** The OpenAPI document; the spec bundled with this plugin when not set. */
    @Parameter(property = "fluentcrm.spec")
    private File spec;

    /** Overlays merged into the spec, as for {@code generate}. */
    @Parameter(property = "fluentcrm.overlays")
    private List<File> overlays = new ArrayList<>();

    /** The package of the generated client whose model classes decode the answers. */
    @Parameter(property = "fluentcrm.packageName", defaultValue = "dev.fluentcrm.client", required = true)
    private String packageName;

    /**
     * The site's release as {@code x-fluentcrm-availability} names it
     * ({@code FluentCRM 2.9.84 + FluentCampaign Pro 2.8.45}); read from the site's plugin list when not set.
     */
    @Parameter(property = "fluentcrm.release")
    private String release;

    /** Whether to create, change and delete records (all deleted again) and check the typed errors. */
    @Parameter(property = "fluentcrm.writeScenario", defaultValue = "false")
    private boolean writeScenario;

    /** Where to write every finding as JSON; none when not set. */
    @Parameter(property = "fluentcrm.report")
    private File report;

    /** How long one call may take, in seconds. */
    @Parameter(property = "fluentcrm.timeout", defaultValue = "60")
    private int timeout;

    /** The project, for its class path (the model classes) and its build directory. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Credentials admin = new Credentials(user, password("appPasswordEnv", appPasswordEnv));
        Credentials noRights = null;
        if ((noRightsUser == null) != (noRightsPasswordEnv == null)) {
            throw new MojoExecutionException("noRightsUser and noRightsPasswordEnv go together");
        }
        if (noRightsUser != null) {
            noRights = new Credentials(noRightsUser, password("noRightsPasswordEnv", noRightsPasswordEnv));
        }
        Report result;
        try {
            List<Path> overlayPaths = overlays.stream().map(File::toPath).toList();
            LiveSpec liveSpec = LiveSpec.load(spec == null ? null : spec.toPath(), overlayPaths);
            result = new LiveVerifier(liveSpec, () -> classes(liveSpec))
                    .run(new LiveVerifier.Options(
                            site, admin, noRights, release, writeScenario, Duration.ofSeconds(timeout)));
        } catch (SiteClient.SiteUnreachableException e) {
            throw new MojoExecutionException("the site does not answer: " + e.getMessage());
        } catch (SpecException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        for (Finding finding : result.findings()) {
            if (finding.isMismatch()) {
                getLog().error(finding.line());
            } else {
                getLog().info(finding.line());
            }
        }
        getLog().info(result.summary());
        if (report != null) {
            result.writeJson(report.toPath());
        }
        if (result.mismatches() > 0) {
            throw new MojoFailureException(result.summary());
        }
    }

    private static String password(String parameter, String variable) throws MojoExecutionException {
        String value = System.getenv(variable);
        if (value == null || value.isEmpty()) {
            throw new MojoExecutionException(parameter + ": the environment variable " + variable + " is not set");
        }
        return value;
    }

    /** The project's classes of {@code packageName} when it has them, else the spec's model compiled for the check. */
    private ModelClasses classes(LiveSpec liveSpec) {
        try {
            List<URL> urls = new ArrayList<>();
            for (String element : project.getTestClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
            // Parent-first: the runtime and Jackson stay this plugin's, only the model classes come from the project.
            URLClassLoader loader =
                    new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
            return ModelClasses.onClassPath(loader, packageName, liveSpec.api(), "the project's class path");
        } catch (IllegalArgumentException notThere) {
            getLog().info(notThere.getMessage() + ": generating them from the spec for the check");
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new IllegalStateException("cannot read the project's class path: " + e.getMessage(), e);
        }
        try {
            Path work = Path.of(project.getBuild().getDirectory(), "fluentcrm-verify-live");
            Files.createDirectories(work);
            return ModelClasses.compile(liveSpec.api(), packageName, work);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write below " + project.getBuild().getDirectory() + ": " + e.getMessage(), e);
        }
    }
}
