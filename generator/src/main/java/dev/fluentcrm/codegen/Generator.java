package dev.fluentcrm.codegen;

import com.palantir.javapoet.JavaFile;
import dev.fluentcrm.codegen.emit.client.ClientGenerator;
import dev.fluentcrm.codegen.emit.fixtures.FixturesEmitters;
import dev.fluentcrm.codegen.emit.server.ServerGenerator;
import dev.fluentcrm.codegen.emit.docs.DocsGenerator;
import dev.fluentcrm.codegen.emit.docs.ProjectInfo;
import dev.fluentcrm.codegen.emit.docs.Templates;
import dev.fluentcrm.codegen.load.ModelBuilder;
import dev.fluentcrm.codegen.load.SpecException;
import dev.fluentcrm.codegen.load.SpecLoader;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * The pipeline: spec files -> (swagger-parser) -> {@link Api} -> emitters -> files in memory.
 * Writing them is the caller's choice (CLI, Maven plugin, tests).
 */
public final class Generator {
    private static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");

    private final String basePackage;

    public Generator(String basePackage) {
        if (!PACKAGE.matcher(basePackage).matches() || List.of(basePackage.split("\\.")).stream().anyMatch(SourceVersion::isKeyword)) {
            throw new IllegalArgumentException("Not a usable Java package name: '" + basePackage + "'");
        }
        this.basePackage = basePackage;
    }

    /** Loads and merges the specs (base first, then overlays) into the generator's model. */
    public static Api load(List<URI> specs) {
        return new ModelBuilder(new SpecLoader().load(specs)).build();
    }

    /** The client for {@code api}, as source files sorted by path. */
    public List<GeneratedFile> client(Api api) {
        return sources(new ClientGenerator(basePackage).generate(api));
    }

    /**
     * The documentation of the client for {@code api}: README and one page per module, rendered
     * from our Mustache templates ({@code templates}, when not null, overrides them by file name).
     */
    public List<GeneratedFile> docs(Api api, ProjectInfo project, Path templates) {
        return new DocsGenerator(project, new Templates(templates), version()).docs(api);
    }

    /**
     * A standalone Maven project: {@code pom.xml}, the documentation, and the client below
     * {@code src/main/java}, sorted by path.
     */
    public List<GeneratedFile> project(Api api, ProjectInfo project, Path templates) {
        DocsGenerator docs = new DocsGenerator(project, new Templates(templates), version());
        List<GeneratedFile> files = new ArrayList<>();
        for (GeneratedFile source : client(api)) {
            files.add(new GeneratedFile("src/main/java/" + source.path(), source.content()));
        }
        files.addAll(docs.docs(api));
        files.add(docs.pom(api));
        files.sort(Comparator.comparing(GeneratedFile::path));
        checkDistinct(files);
        return files;
    }

    /** This generator's version, from the jar's Maven metadata ("development" when run from classes). */
    public static String version() {
        try (InputStream in = Generator.class.getResourceAsStream("/META-INF/maven/dev.fluentcrm/fluentcrm-codegen/pom.properties")) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Server stubs for {@code api} in {@code <package>.server}: a service interface, routes and
     * request schemas per module, and {@code FluentCrmRouter}. They use the client's models, so the
     * client must be generated (or on the classpath) too.
     */
    public List<GeneratedFile> server(Api api) {
        return sources(new ServerGenerator(basePackage).generate(api));
    }

    /**
     * Test fixtures for {@code api}: JSON samples of every model, answer and request (paths ending
     * in {@code .json}, meant for a resource folder) and the classes in {@code <package>.fixtures}
     * that read them typed.
     */
    public List<GeneratedFile> fixtures(Api api) {
        FixturesEmitters emitters = new FixturesEmitters(basePackage);
        List<GeneratedFile> files = new ArrayList<>(sources(emitters.sources(api)));
        files.addAll(emitters.resources(api));
        files.sort(Comparator.comparing(GeneratedFile::path));
        checkDistinct(files);
        return files;
    }

    private static List<GeneratedFile> sources(List<JavaFile> javaFiles) {
        // Rendering is most of a generation and each file renders on its own: use every core.
        // The result does not depend on the order of work, and it is sorted below.
        List<GeneratedFile> files = new ArrayList<>(javaFiles.parallelStream()
                .map(file -> GeneratedFile.text(file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java", file.toString()))
                .toList());
        files.sort(Comparator.comparing(GeneratedFile::path));
        checkDistinct(files);
        return files;
    }

    /** Refuses two files whose paths differ only in case: they would overwrite each other on some disks. */
    private static void checkDistinct(List<GeneratedFile> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).path().equalsIgnoreCase(sorted.get(i - 1).path())) {
                throw new SpecException("Two generated types would share the file " + sorted.get(i).path());
            }
        }
    }
}
