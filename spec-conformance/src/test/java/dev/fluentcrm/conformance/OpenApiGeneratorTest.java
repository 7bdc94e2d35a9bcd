package dev.fluentcrm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * OpenAPI Generator (its CLI, in a JVM of its own, spec validation on) generates a client from
 * the published YAML for each mainstream language, and the result is checked with that
 * language's own compiler where this machine has it: javac for Java, tsc for TypeScript,
 * python3 for Python. Go and C# toolchains are used when they are on the PATH; otherwise the
 * report says so and only the generation is checked. The targets run side by side (each
 * generator is a process of its own, writing to a folder of its own).
 */
@Execution(ExecutionMode.CONCURRENT)
class OpenApiGeneratorTest {
    /**
     * Lines OpenAPI Generator logs that say nothing about the document, each with the reason.
     * Any other WARN or ERROR line fails the test.
     */
    static final Map<Pattern, String> NOT_ABOUT_THE_DOCUMENT = Map.of(
            Pattern.compile("Failed to get the schema name: null"),
            "logged while the generator names an inline oneOf/anyOf; a ten-line document with one inline oneOf logs it as well",
            Pattern.compile("\\(reserved word\\) cannot be used as (model|parameter) name\\. Renamed to "),
            "the generator renames a name that is a keyword of the target language (a parameter 'type', a type of a oneOf member)",
            Pattern.compile(
                    "Codegen property is null \\(e\\.g\\. map/dict of undefined type\\)\\. Default to typing\\.Any"),
            "python: values the document leaves untyped on purpose (custom field values, settings) become typing.Any",
            Pattern.compile("Ignoring complex example on request body"),
            "java: the generator does not copy an object example of a request body into its Javadoc");

    private static final Pattern LOG_LINE = Pattern.compile("\\b(WARN|ERROR)\\b");
    private static final Pattern QUOTED_NAME = Pattern.compile("[`'\"]([A-Z][A-Za-z0-9]+)[`'\"]");

    enum Target {
        JAVA(
                "java",
                List.of(
                        "--library",
                        "native",
                        "--additional-properties",
                        "useJakartaEe=true,hideGenerationTimestamp=true,invokerPackage=org.openapitools.fluentcrm,"
                                + "apiPackage=org.openapitools.fluentcrm.api,modelPackage=org.openapitools.fluentcrm.model")),
        TYPESCRIPT_FETCH("typescript-fetch", List.of()),
        TYPESCRIPT_AXIOS("typescript-axios", List.of()),
        PYTHON("python", List.of("--additional-properties", "packageName=fluentcrm_client")),
        GO("go", List.of("--additional-properties", "packageName=fluentcrm,isGoSubmodule=false")),
        CSHARP(
                "csharp",
                List.of("--library", "generichost", "--additional-properties", "packageName=FluentCrm.Client")),
        KOTLIN("kotlin", List.of("--additional-properties", "packageName=org.openapitools.fluentcrm"));

        final String generator;
        final List<String> options;

        Target(String generator, List<String> options) {
            this.generator = generator;
            this.options = options;
        }

        boolean typescript() {
            return generator.startsWith("typescript");
        }

        /** TypeScript output lives beside the npm tools, so that imports such as 'axios' resolve. */
        Path output() {
            return typescript()
                    ? Npm.root().resolve("peers").resolve(generator)
                    : Tools.work("openapi-generator").resolve(generator);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void generatesWithoutAWordAboutTheDocumentAndTheOutputCompiles(Target target) throws IOException {
        String version = Tools.property("conformance.openapi-generator.version");
        Path spec = Tools.specYaml();
        Path out = target.output();
        deleteRecursively(out);
        Tools.Result generate = Tools.run(
                Tools.work("openapi-generator"),
                Tools.command(
                        javaExecutable(),
                        "-jar",
                        Tools.property("conformance.openapi-generator.jar"),
                        "generate",
                        "--generator-name",
                        target.generator,
                        "--input-spec",
                        spec.toAbsolutePath(),
                        "--output",
                        out,
                        "--global-property",
                        "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false",
                        target.options));

        List<String> aboutTheDocument = new ArrayList<>();
        List<String> internal = new ArrayList<>();
        for (String line : generate.lines()) {
            if (!LOG_LINE.matcher(line).find()) {
                continue;
            }
            String reason = NOT_ABOUT_THE_DOCUMENT.entrySet().stream()
                    .filter(e -> e.getKey().matcher(line).find())
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
            if (reason != null) {
                internal.add(line.replaceFirst("^.*?(WARN|ERROR)\\s+", "") + " [" + reason + "]");
            } else {
                aboutTheDocument.add("OpenAPI Generator " + version + " (" + target.generator + "): "
                        + placeOf(line, spec) + ": " + line.strip());
            }
        }
        long files = countFiles(out);
        Report.entry("OpenAPI Generator", version, target.generator + ": generate")
                .count("warnings about the document", aboutTheDocument.size())
                .count("generator-internal lines", internal.size())
                .count("files", files)
                .passIf(generate.exitCode() == 0 && aboutTheDocument.isEmpty() && files > 0)
                .note(internal.stream().distinct().count() + " distinct generator-internal lines: "
                        + String.join("; ", internal.stream().distinct().toList()))
                .record();
        assertThat(generate.exitCode())
                .as(
                        "OpenAPI Generator %s (%s) on %s:%n%s",
                        version, target.generator, Tools.specName(spec), generate.output())
                .isZero();
        assertThat(aboutTheDocument.stream().distinct().toList()).isEmpty();

        switch (target) {
            case JAVA -> compileJava(out);
            case TYPESCRIPT_FETCH, TYPESCRIPT_AXIOS -> TypeScript.check(target.generator, out, out.resolve("index.ts"));
            case PYTHON -> checkPython(out);
            case GO -> checkGo(out);
            case CSHARP -> checkCsharp(out);
            case KOTLIN -> checkKotlin(out);
            default -> throw new IllegalStateException("no check for " + target);
        }
    }

    private static void compileJava(Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(out.resolve("src/main/java"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        Path classes = Tools.work("openapi-generator").resolve("java-classes");
        deleteRecursively(classes);
        Files.createDirectories(classes);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok;
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "-d",
                    classes.toString(),
                    "-classpath",
                    Tools.property("surefire.test.class.path"),
                    "--release",
                    "17",
                    "-proc:none",
                    "-nowarn",
                    "-encoding",
                    "UTF-8",
                    "-Xmaxerrs",
                    "50");
            ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
                    .call();
        }
        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> "javac: "
                        + (d.getSource() == null
                                ? ""
                                : out.relativize(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber() + ": ")
                        + d.getMessage(Locale.ROOT)
                        + generatedFrom(
                                d.getSource() == null
                                        ? ""
                                        : Path.of(d.getSource().toUri())
                                                .getFileName()
                                                .toString()))
                .toList();
        Report.entry("javac", System.getProperty("java.version"), "java (native): compile")
                .count("source files", sources.size())
                .count("errors", errors.size())
                .passIf(ok && errors.isEmpty())
                .record();
        assertThat(errors).isEmpty();
        assertThat(ok).isTrue();
    }

    private static void checkPython(Path out) {
        Tools.Result compile = Tools.run(out, Tools.command("python3", "-m", "compileall", "-q", "fluentcrm_client"));
        String python =
                Tools.run(out, Tools.command("python3", "--version")).output().strip();
        Report.entry("python3 -m compileall", python, "python: compile")
                .count("exit code", compile.exitCode())
                .passIf(compile.exitCode() == 0)
                .record();
        assertThat(compile.exitCode())
                .as("python3 -m compileall on the python output:%n%s", compile.output())
                .isZero();

        // Importing needs the packages the client depends on (pydantic 2, urllib3, python-dateutil,
        // typing-extensions). This build reaches no Python package index, so they are used only
        // when the machine already has them.
        Tools.Result deps = Tools.run(
                out,
                Tools.command(
                        "python3",
                        "-c",
                        "import pydantic, urllib3, dateutil, typing_extensions; assert pydantic.VERSION.startswith('2')"));
        if (deps.exitCode() != 0) {
            Report.entry("python3 import", python, "python: import")
                    .result(Report.NOT_RUN)
                    .note("the client's dependencies (pydantic 2, urllib3, python-dateutil, typing-extensions) are not "
                            + "installed and no Python package index is reachable from this build: "
                            + lastLine(deps.output()))
                    .record();
            System.out.println("python: import not run, dependencies missing: " + lastLine(deps.output()));
            return;
        }
        Tools.Result imported = Tools.run(
                out,
                Tools.command(
                        "python3",
                        "-c",
                        "import fluentcrm_client, fluentcrm_client.api, fluentcrm_client.models; print(len(dir(fluentcrm_client.models)))"));
        Report.entry("python3 import", python, "python: import")
                .count("exit code", imported.exitCode())
                .passIf(imported.exitCode() == 0)
                .record();
        assertThat(imported.exitCode())
                .as("import fluentcrm_client:%n%s", imported.output())
                .isZero();
    }

    private static void checkGo(Path out) {
        if (!Tools.onPath("go")) {
            Report.entry("go build", "-", "go: compile")
                    .result(Report.NOT_RUN)
                    .note("no Go toolchain on this machine; only the generation is checked")
                    .record();
            System.out.println("go: compile not run, no Go toolchain on the PATH (generation checked)");
            return;
        }
        Tools.Result version = Tools.run(out, Tools.command("go", "version"));
        Tools.Result vet = Tools.run(out, Map.of("GOFLAGS", "-mod=mod"), Tools.command("go", "build", "./..."));
        Report.entry("go build", version.output().strip(), "go: compile")
                .count("exit code", vet.exitCode())
                .passIf(vet.exitCode() == 0)
                .record();
        assertThat(vet.exitCode())
                .as("go build on the go output:%n%s", vet.output())
                .isZero();
    }

    private static void checkCsharp(Path out) {
        if (!Tools.onPath("dotnet")) {
            Report.entry("dotnet build", "-", "csharp (generichost): compile")
                    .result(Report.NOT_RUN)
                    .note("no .NET SDK on this machine; only the generation is checked")
                    .record();
            System.out.println("csharp: compile not run, no .NET SDK on the PATH (generation checked)");
            return;
        }
        Tools.Result version = Tools.run(out, Tools.command("dotnet", "--version"));
        Tools.Result build = Tools.run(out, Tools.command("dotnet", "build"));
        Report.entry("dotnet build", version.output().strip(), "csharp (generichost): compile")
                .count("exit code", build.exitCode())
                .passIf(build.exitCode() == 0)
                .record();
        assertThat(build.exitCode())
                .as("dotnet build on the csharp output:%n%s", build.output())
                .isZero();
    }

    /**
     * The Kotlin output is not compiled in the build. Compiled once by hand with
     * kotlin-maven-plugin 2.4.0 (with Moshi 1.15.2 and OkHttp 5.4.0, as its build.gradle asks),
     * it failed on defects of the kotlin generator, not of the document: enum string literals
     * with unescaped backslashes (our PHP class names), an enum entry without a name for the
     * empty string value, the parameter 'operator' turned into an HTML-escaped class name, and a
     * raw Map as the supertype of a record with extra keys. See spec-conformance/README.md.
     */
    private static void checkKotlin(Path out) {
        Report.entry("kotlinc (kotlin-maven-plugin)", "-", "kotlin: compile")
                .result(Report.NOT_RUN)
                .note(
                        "not compiled in the build: the kotlin generator's output does not compile for reasons of its own "
                                + "(unescaped backslashes in enum strings, a nameless enum entry for \"\", the parameter 'operator' "
                                + "as an HTML-escaped class name, a raw Map supertype); see spec-conformance/README.md")
                .record();
        System.out.println(
                "kotlin: compile not run (generator defects, see spec-conformance/README.md); generation checked");
    }

    /** Where a generator's log line points in our document: the schema it names, if any. */
    private static String placeOf(String line, Path spec) {
        Matcher name = QUOTED_NAME.matcher(line);
        while (name.find()) {
            if (Schemas.names().contains(name.group(1))) {
                return SpecLines.ofYamlBundle().schemaPlace(name.group(1));
            }
        }
        List<String> places = Locator.places(line);
        return places.isEmpty() ? Tools.specName(spec) + " (the generator names no place)" : String.join(", ", places);
    }

    /** For a generated file named after one of our schemas, where that schema is. */
    static String generatedFrom(String fileName) {
        String base = fileName.replaceFirst("\\.[A-Za-z]+$", "");
        return Schemas.names().contains(base)
                ? " (generated from " + SpecLines.ofYamlBundle().schemaPlace(base) + ")"
                : "";
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String lastLine(String output) {
        List<String> lines = output.strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private static long countFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
