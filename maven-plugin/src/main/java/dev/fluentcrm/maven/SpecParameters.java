package dev.fluentcrm.maven;

import dev.fluentcrm.spec.FluentCrmSpec;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;

/** The spec parameters every goal shares: the bundled spec when none is given, and files that must exist. */
final class SpecParameters {
    private SpecParameters() {}

    /**
     * The JSON twin of the bundled YAML: the same document, and Jackson reads JSON faster than
     * SnakeYAML reads YAML (about 0.2 s of a first generation in a fresh JVM).
     */
    static URI bundledSpec() throws MojoFailureException {
        try {
            return FluentCrmSpec.jsonUrl().toURI();
        } catch (URISyntaxException | IllegalStateException e) {
            throw new MojoFailureException("spec: the bundled FluentCRM spec cannot be found: " + e.getMessage(), e);
        }
    }

    /** {@code file} as an absolute path, or a failure naming {@code parameter} when it is not a file. */
    static Path existingFile(String parameter, File file) throws MojoFailureException {
        Path path = file.toPath().toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new MojoFailureException(parameter + ": " + path + " does not exist or is not a file");
        }
        return path;
    }
}
