package dev.fluentcrm.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoFailureException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Turns the diff goal's {@code baseline} into a file: a path to a spec, or Maven coordinates of a
 * published spec resolved through Maven's own resolver (local repository first, then the
 * project's repositories). {@code groupId:artifactId:version} means the YAML the
 * {@code fluentcrm-openapi} artifact attaches ({@code openapi} classifier, {@code yaml} type); the
 * full form {@code groupId:artifactId:extension:classifier:version} picks another.
 */
final class BaselineResolver {
    static final String DEFAULT_EXTENSION = "yaml";
    static final String DEFAULT_CLASSIFIER = "openapi";

    /** Coordinates as Maven writes them: 3 to 5 colon-separated parts without slashes or spaces. */
    private static final Pattern COORDINATES = Pattern.compile("[\\w.\\-]+(:[\\w.\\-]*){2,4}");

    /** A resolved baseline: the spec file, how reports name it, and its version when it is an artifact. */
    record Baseline(Path file, String label, String version) {}

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    BaselineResolver(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = repositories;
    }

    Baseline resolve(String baseline, Path basedir) throws MojoFailureException {
        String text = baseline == null ? "" : baseline.strip();
        if (text.isEmpty()) {
            throw new MojoFailureException(
                    "baseline: not set; give a spec file or the coordinates of an earlier fluentcrm-openapi, "
                            + "e.g. dev.fluentcrm:fluentcrm-openapi:0.1.0");
        }
        Path file = basedir.resolve(text).normalize();
        if (Files.isRegularFile(file)) {
            return new Baseline(file, text, null);
        }
        if (!isCoordinates(text)) {
            throw new MojoFailureException("baseline: " + file + " does not exist, and '" + text
                    + "' is not Maven coordinates (groupId:artifactId:version)");
        }
        DefaultArtifact artifact = artifact(text);
        try {
            File resolved = system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null))
                    .getArtifact()
                    .getFile();
            return new Baseline(resolved.toPath(), artifact.toString(), artifact.getBaseVersion());
        } catch (ArtifactResolutionException e) {
            throw new MojoFailureException(
                    "baseline: " + artifact + " cannot be resolved: " + firstLine(e.getMessage()), e);
        }
    }

    static boolean isCoordinates(String text) {
        return COORDINATES.matcher(text).matches() && !new File(text).isAbsolute();
    }

    /** {@code g:a:v} gets the spec's classifier and type; longer forms are read as Maven reads them. */
    static DefaultArtifact artifact(String coordinates) throws MojoFailureException {
        String[] parts = coordinates.split(":", -1);
        try {
            return parts.length == 3
                    ? new DefaultArtifact(parts[0], parts[1], DEFAULT_CLASSIFIER, DEFAULT_EXTENSION, parts[2])
                    : new DefaultArtifact(coordinates);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("baseline: " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
