package dev.fluentcrm.live;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fluentcrm.codegen.Generation;
import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.OutputKind;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.write.GeneratedFile;
import dev.fluentcrm.runtime.json.PhpJson;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Where the generated model classes come from: a class loader and the package they are in.
 *
 * <ul>
 *   <li>{@link #onClassPath}: classes that are already there, such as {@code fluentcrm-sdk}'s for
 *       the bundled spec (the CLI ships them), or a project's own generated client (the Maven
 *       goal reads the project's class path);
 *   <li>{@link #compile}: for any other spec with its overlays, the generator's {@code model}
 *       output, written and compiled in-process with {@code javax.tools} into a temporary directory.
 * </ul>
 */
public final class ModelClasses {
    private final ClassLoader loader;
    private final String modelPackage;
    private final String origin;

    private ModelClasses(ClassLoader loader, String modelPackage, String origin) {
        this.loader = loader;
        this.modelPackage = modelPackage;
        this.origin = origin;
    }

    public ClassLoader loader() {
        return loader;
    }

    public String modelPackage() {
        return modelPackage;
    }

    /** Where the classes came from, for the summary. */
    public String origin() {
        return origin;
    }

    /**
     * The model classes of {@code basePackage} ({@code <basePackage>.model}) from {@code loader}.
     *
     * @throws IllegalArgumentException when the loader lacks a type of {@code api}
     */
    public static ModelClasses onClassPath(ClassLoader loader, String basePackage, Api api, String origin) {
        String modelPackage = basePackage + ".model";
        for (var type : api.types()) {
            String name = modelPackage + "." + type.name();
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalArgumentException("the class " + name + " of the spec is not on " + origin);
            }
        }
        return new ModelClasses(loader, modelPackage, origin);
    }

    /**
     * Generates the {@code model} output of {@code api} in {@code basePackage} and compiles it
     * into {@code workDirectory}, against the runtime and Jackson this tool runs on.
     *
     * @throws IllegalStateException when there is no Java compiler (a JRE rather than a JDK) or the code does not compile
     */
    public static ModelClasses compile(Api api, String basePackage, Path workDirectory) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException(
                    "decoding with the types of your spec compiles them, which needs a JDK; this Java is a JRE ("
                            + System.getProperty("java.home") + ")");
        }
        Generation generation = new Generator(GeneratorOptions.of(basePackage, OutputKind.MODEL)).generate(api);
        Path sources = workDirectory.resolve("sources");
        Path classes = workDirectory.resolve("classes");
        List<String> files = new ArrayList<>();
        try {
            Files.createDirectories(classes);
            for (GeneratedFile file : generation.all()) {
                if (!file.path().endsWith(".java")) {
                    continue;
                }
                Path target = sources.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.write(target, file.content());
                files.add(target.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated model below " + workDirectory, e);
        }
        List<String> arguments = new ArrayList<>(List.of(
                "-d", classes.toString(), "-classpath", classPath(), "-proc:none", "-nowarn", "-encoding", "UTF-8"));
        arguments.addAll(files);
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int exit = compiler.run(null, messages, messages, arguments.toArray(String[]::new));
        if (exit != 0) {
            String first = messages.toString(StandardCharsets.UTF_8)
                    .lines()
                    .findFirst()
                    .orElse("");
            throw new IllegalStateException("the generated model of the spec does not compile: " + first);
        }
        try {
            URLClassLoader loader =
                    new URLClassLoader(new URL[] {classes.toUri().toURL()}, ModelClasses.class.getClassLoader());
            return new ModelClasses(loader, basePackage + ".model", "the model generated from the spec");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jars (or directories) holding the runtime and Jackson, wherever this tool was loaded from. */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(PhpJson.class, ObjectMapper.class, JsonParser.class, JsonProperty.class)) {
            try {
                entries.add(Path.of(type.getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI())
                        .toString());
            } catch (URISyntaxException | NullPointerException e) {
                throw new IllegalStateException("cannot tell where " + type.getName() + " was loaded from", e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
