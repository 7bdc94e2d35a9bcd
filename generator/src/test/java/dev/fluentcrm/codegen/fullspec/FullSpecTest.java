package dev.fluentcrm.codegen.fullspec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.OutputKind;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.write.GeneratedFile;
import dev.fluentcrm.codegen.write.OutputWriter;
import dev.fluentcrm.runtime.http.RequestOptions;
import dev.fluentcrm.spec.FluentCrmSpec;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole FluentCRM spec, end to end: generate the client, compile it in-process with
 * {@code -Xlint:all -Werror}, and check it against the spec read independently of our model.
 */
class FullSpecTest {
    private static final String PACKAGE = "dev.fluentcrm.client";
    private static final Pattern CALL_LINE =
            Pattern.compile("<p>(?:\\{@code |<code>)(GET|POST|PUT|DELETE|PATCH) (/[^\\s<]*?)(?:}|</code>)[.;]");

    @TempDir
    static Path work;

    private static Path specFile;
    private static List<GeneratedFile> files;
    private static Api api;

    private static List<GeneratedFile> client(Api api) {
        return new Generator(GeneratorOptions.of(PACKAGE, OutputKind.CLIENT))
                .generate(api)
                .in(OutputKind.Destination.SOURCES);
    }

    @BeforeAll
    static void generate() throws IOException {
        specFile = work.resolve("fluentcrm-openapi.yaml");
        try (InputStream in = FluentCrmSpec.openYaml()) {
            Files.copy(in, specFile);
        }
        api = Generator.load(List.of(specFile.toUri()));
        files = client(api);
    }

    @Test
    void generatesOneClassPerModuleAndOneMethodPerOperation() throws IOException {
        JsonNode spec = new ObjectMapper().readTree(FluentCrmSpec.jsonUrl());
        Set<String> specOperations = new TreeSet<>();
        Set<String> specTags = new TreeSet<>();
        spec.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    specOperations.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                    specTags.add(op.getValue().path("tags").get(0).asText());
                }));

        List<GeneratedFile> modules = files.stream()
                .filter(f -> f.path().matches("dev/fluentcrm/client/[A-Za-z]+Api\\.java"))
                .toList();
        assertThat(modules).hasSize(specTags.size()).hasSize(28);

        // Each operation's plain method carries "<p><code>METHOD /path</code>" once in its Javadoc.
        List<String> documented = new ArrayList<>();
        for (GeneratedFile module : modules) {
            Matcher matcher = CALL_LINE.matcher(new String(module.content(), StandardCharsets.UTF_8));
            while (matcher.find()) {
                documented.add(matcher.group(1) + " " + matcher.group(2));
            }
        }
        assertThat(documented).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(documented)).isEqualTo(specOperations).hasSize(323);
    }

    @Test
    void compilesWithoutAnyWarningAndExposesEveryOperation() throws Exception {
        Path sources = work.resolve("src");
        Path classes = work.resolve("classes");
        new OutputWriter().write(sources, files);
        Files.createDirectories(classes);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager =
                compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<File> javaFiles;
            try (var walk = Files.walk(sources)) {
                javaFiles = walk.filter(p -> p.toString().endsWith(".java"))
                        .map(Path::toFile)
                        .toList();
            }
            List<String> options = List.of(
                    "-Xlint:all",
                    "-Werror",
                    "-proc:none",
                    "--release",
                    "17",
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-d",
                    classes.toString());
            boolean ok = compiler.getTask(
                            null,
                            fileManager,
                            diagnostics,
                            options,
                            null,
                            fileManager.getJavaFileObjectsFromFiles(javaFiles))
                    .call();
            List<String> messages = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                    .map(d -> d.getKind() + " " + d.getSource() + ":" + d.getLineNumber() + " "
                            + d.getMessage(Locale.ROOT))
                    .limit(20)
                    .toList();
            assertThat(messages).isEmpty();
            assertThat(ok).isTrue();
        }

        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, FullSpecTest.class.getClassLoader())) {
            Class<?> client = loader.loadClass(PACKAGE + ".FluentCrmClient");
            List<Method> accessors = List.of(client.getDeclaredMethods()).stream()
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                    .filter(m -> m.getParameterCount() == 0
                            && m.getReturnType().getSimpleName().endsWith("Api"))
                    .toList();
            assertThat(accessors).hasSize(28);
            Set<String> operations = new TreeSet<>();
            for (Method accessor : accessors) {
                // Every module has its per-call options view, which is not an operation.
                assertThat(accessor.getReturnType()
                                .getMethod("withOptions", RequestOptions.class)
                                .getReturnType())
                        .isEqualTo(accessor.getReturnType());
                for (Method method : accessor.getReturnType().getDeclaredMethods()) {
                    if (Modifier.isPublic(method.getModifiers())
                            && !method.getName().equals("withOptions")
                            && !method.getName().endsWith("WithResponse")
                            && !method.getName().endsWith("Async")) {
                        operations.add(accessor.getName() + "." + method.getName());
                    }
                }
            }
            assertThat(operations).hasSize(api.operationCount()).hasSize(323);
            assertThat(operations)
                    .contains(
                            "contacts.list",
                            "contacts.get",
                            "tags.create",
                            "lists.list",
                            "companies.attachContactsToCompanies");
        }
    }

    @Test
    void twoGenerationsAreByteIdentical() {
        List<GeneratedFile> again = client(Generator.load(List.of(specFile.toUri())));
        assertThat(again).hasSameSizeAs(files);
        for (int i = 0; i < files.size(); i++) {
            assertThat(again.get(i).path()).isEqualTo(files.get(i).path());
            assertThat(again.get(i).content())
                    .as(files.get(i).path())
                    .isEqualTo(files.get(i).content());
        }
    }

    @Test
    void everyTypeNamesTheEmitterThatWroteItWithoutADate() throws ClassNotFoundException {
        Pattern marker = Pattern.compile(
                "\n@Generated\\(\"(dev\\.fluentcrm\\.codegen\\.emit\\.[a-z]+\\.[A-Za-z]+Emitter)\"\\)\n");
        Set<String> emitters = new TreeSet<>();
        List<String> unmarked = new ArrayList<>();
        for (GeneratedFile file : files) {
            Matcher matcher = marker.matcher(new String(file.content(), StandardCharsets.UTF_8));
            if (matcher.find()) {
                emitters.add(matcher.group(1));
            } else {
                unmarked.add(file.path());
            }
        }
        assertThat(unmarked).isEmpty();
        for (String emitter : emitters) {
            Class.forName(emitter);
        }
        assertThat(emitters)
                .contains(
                        "dev.fluentcrm.codegen.emit.model.RecordEmitter",
                        "dev.fluentcrm.codegen.emit.client.ModuleEmitter");
    }

    @Test
    void everyJavaOutputKeepsItsLinesWithinOneHundredTwentyColumns() {
        GeneratorOptions options =
                GeneratorOptions.of(PACKAGE, OutputKind.CLIENT, OutputKind.SERVER, OutputKind.FIXTURES);
        List<String> tooLong = new ArrayList<>();
        for (GeneratedFile file : new Generator(options).generate(api).all()) {
            if (file.path().endsWith(".java")) {
                String[] lines = new String(file.content(), StandardCharsets.UTF_8).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].length() > 120) {
                        tooLong.add(file.path() + ":" + (i + 1) + " (" + lines[i].length() + ")");
                    }
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }
}
