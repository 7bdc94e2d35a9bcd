package dev.fluentcrm.runtime.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The runtime's version, read from the Maven metadata of its own jar
 * ({@code META-INF/maven/dev.fluentcrm/fluentcrm-runtime/pom.properties}); {@code development}
 * when it runs from classes, as in this project's own build.
 */
public final class SdkVersion {
    /** The version when the runtime does not run from its released jar. */
    public static final String DEVELOPMENT = "development";

    static final String POM_PROPERTIES = "META-INF/maven/dev.fluentcrm/fluentcrm-runtime/pom.properties";

    private static final String VERSION =
            read(SdkVersion.class.getProtectionDomain().getCodeSource());

    private SdkVersion() {}

    /** Such as {@code 0.1.0}, or {@code development}. */
    public static String version() {
        return VERSION;
    }

    /** The default {@code User-Agent}: {@code fluentcrm-java/<version>}. */
    public static String userAgent() {
        return "fluentcrm-java/" + VERSION;
    }

    private static String read(CodeSource source) {
        return source == null || source.getLocation() == null ? DEVELOPMENT : fromLocation(source.getLocation());
    }

    /** The version in the pom.properties of the jar at {@code location}; {@code development} for a directory or a jar without it. */
    static String fromLocation(URL location) {
        try {
            Path path = Path.of(location.toURI());
            if (!Files.isRegularFile(path)) {
                return DEVELOPMENT;
            }
            try (JarFile jar = new JarFile(path.toFile())) {
                ZipEntry entry = jar.getEntry(POM_PROPERTIES);
                if (entry == null) {
                    return DEVELOPMENT;
                }
                Properties properties = new Properties();
                try (InputStream in = jar.getInputStream(entry)) {
                    properties.load(in);
                }
                String version = properties.getProperty("version", "").strip();
                return version.isEmpty() ? DEVELOPMENT : version;
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return DEVELOPMENT;
        }
    }
}
