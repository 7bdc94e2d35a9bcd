package dev.fluentcrm.codegen.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.OutputKind;
import dev.fluentcrm.codegen.load.SpecException;
import dev.fluentcrm.codegen.write.GeneratedFile;
import dev.fluentcrm.codegen.write.OutputWriter;
import io.swagger.v3.core.util.Yaml;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input for the generator: hundreds of specs derived from small base specs and from
 * fragments of the real FluentCRM spec by {@link Mutations} (fixed seed, so every run sees the
 * same specs). Each must either be refused with a {@link SpecException} whose message names
 * the file and the place in it (a JSON pointer; a line and column for a syntax error), or give a client that javac compiles (its result and every diagnostic checked); a crash (NullPointerException, ClassCastException, StackOverflowError, ...), a
 * message that does not say where, a hang, or code that does not compile fails the test.
 */
class GeneratorRobustnessTest {
    private static final long SEED = 20261126L;
    private static final int CASES = 540;
    private static final int COMPILE_BATCHES = 3;

    @TempDir
    Path work;

    @Test
    void everyMutatedSpecIsRefusedClearlyOrGivesCodeThatCompiles() throws Exception {
        long start = System.nanoTime();
        if (System.getProperty("robustness.dir") != null) {
            // To look at the specs and the code afterwards: -Drobustness.dir=/some/empty/dir
            work = Files.createDirectories(Path.of(System.getProperty("robustness.dir")));
        }
        Random random = new Random(SEED);
        List<ObjectNode> bases = new ArrayList<>(BaseSpecs.small());
        bases.addAll(BaseSpecs.realFragments(random, 12));

        Map<String, Integer> refusedBy = new TreeMap<>();
        Map<SpecCase, List<GeneratedFile>> generated = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "robustness");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int id = 0; id < CASES; id++) {
                SpecCase specCase =
                        new SpecCase(id, bases.get(id % bases.size()).deepCopy());
                specCase.yaml = random.nextBoolean();
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    Mutations.Mutation mutation = Mutations.pick(random, Mutations.ALL);
                    try {
                        mutation.edit().accept(random, specCase);
                        specCase.mutations.add(mutation.name());
                    } catch (RuntimeException e) {
                        // An earlier mutation left no room for this one (say, responses is now a number).
                        specCase.mutations.add(mutation.name() + " (not applicable)");
                    }
                }
                List<Path> files = write(specCase);
                Future<List<GeneratedFile>> result = runner.submit(() -> generate(specCase, files));
                try {
                    generated.put(specCase, result.get(30, TimeUnit.SECONDS));
                } catch (TimeoutException e) {
                    failures.add(specCase + ": no answer within 30 s");
                    break;
                } catch (ExecutionException e) {
                    String problem = judgeRefusal(e.getCause(), files);
                    if (problem == null) {
                        refusedBy.merge(e.getCause().getClass().getSimpleName(), 1, Integer::sum);
                        if (Boolean.getBoolean("robustness.verbose")) {
                            System.out.println("  refused " + specCase + ": "
                                    + e.getCause().getMessage());
                        }
                    } else {
                        failures.add(specCase + " in " + files.get(0).getParent() + ": " + problem);
                    }
                }
            }
        } finally {
            runner.shutdownNow();
        }

        long generation = (System.nanoTime() - start) / 1_000_000;
        int compiled = compileInBatches(generated, failures);
        int refused = refusedBy.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(
                Locale.ROOT,
                "Generator robustness: %d mutated specs (seed %d): %d refused with a clear message %s, "
                        + "%d generated and compiled, %d failures; %d ms generating, %d ms in all%n",
                CASES,
                SEED,
                refused,
                refusedBy,
                compiled,
                failures.size(),
                generation,
                (System.nanoTime() - start) / 1_000_000);
        failures.stream()
                .limit(Boolean.getBoolean("robustness.verbose") ? Long.MAX_VALUE : 30)
                .forEach(f -> System.out.println("  FAILURE " + f));

        assertThat(refused + compiled + failures.size()).isGreaterThanOrEqualTo(500);
        assertThat(failures).isEmpty();
        // The mutations must not all be refused: the point is also that odd-but-valid specs work.
        assertThat(compiled).isGreaterThan(CASES / 5);
        assertThat(refused).isGreaterThan(CASES / 5);
    }

    private List<Path> write(SpecCase specCase) throws IOException {
        Path dir = Files.createDirectories(work.resolve(String.format("case%04d", specCase.id)));
        List<Path> files = new ArrayList<>();
        String extension = specCase.yaml ? ".yaml" : ".json";
        Path spec = dir.resolve("spec" + extension);
        Files.writeString(spec, specCase.rawText != null ? specCase.rawText : serialize(specCase.spec, specCase.yaml));
        files.add(spec);
        for (int i = 0; i < specCase.overlays.size(); i++) {
            Path overlay = dir.resolve("overlay" + (i + 1) + extension);
            Files.writeString(overlay, serialize(specCase.overlays.get(i), specCase.yaml));
            files.add(overlay);
        }
        return files;
    }

    private static String serialize(ObjectNode tree, boolean yaml) throws IOException {
        return yaml
                ? Yaml.mapper().writeValueAsString(tree)
                : BaseSpecs.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    private static List<GeneratedFile> generate(SpecCase specCase, List<Path> files) {
        List<URI> uris = files.stream().map(Path::toUri).toList();
        return new Generator(GeneratorOptions.of(specCase.packageName(), OutputKind.CLIENT))
                .generate(Generator.load(uris))
                .in(OutputKind.Destination.SOURCES);
    }

    /** Null when {@code thrown} is a clear refusal: the right type, one line naming a file of the case and the place in it, no crash inside. */
    static String judgeRefusal(Throwable thrown, List<Path> files) {
        if (!(thrown instanceof SpecException)) {
            return "crashed with " + describe(thrown);
        }

        for (Throwable cause = thrown.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof NullPointerException
                    || cause instanceof ClassCastException
                    || cause instanceof StackOverflowError
                    || cause instanceof IndexOutOfBoundsException) {
                return "refused, but after a crash inside: " + describe(thrown) + " caused by " + describe(cause);
            }
        }
        String message = thrown.getMessage();
        if (message == null || message.isBlank()) {
            return "refused without a message: " + describe(thrown);
        }
        boolean namesFile = files.stream()
                .anyMatch(f -> message.contains(f.toString())
                        || message.contains(f.getFileName().toString()));
        if (!namesFile) {
            return "the message does not name the file: " + message;
        }
        if (!namesPlace(message, files)) {
            return "the message names the file but not the place in it (a JSON pointer, or a line for a syntax error): "
                    + message;
        }
        if (message.contains("\tat ")
                || message.contains("java.lang.")
                || message.endsWith(": null")
                || message.contains("Cannot invoke")
                || message.contains("because \"")) {
            return "the message is not meant for people: " + message;
        }
        return null;
    }

    /**
     * Whether {@code message} names a place in one of the files: {@code file#/pointer} ({@code file#}
     * for the document as a whole), or {@code file:LINE:COLUMN} for a document that does not
     * parse (it has no tree to point into).
     */
    static boolean namesPlace(String message, List<Path> files) {
        for (Path file : files) {
            for (String name : List.of(file.toString(), file.getFileName().toString())) {
                for (int at = message.indexOf(name); at >= 0; at = message.indexOf(name, at + 1)) {
                    String after = message.substring(at + name.length());
                    // #/pointer, or # alone: the document as a whole (the root's JSON pointer is empty).
                    if (after.startsWith("#/") || after.startsWith("#: ")) {
                        return true;
                    }
                    if (after.matches("(?s):\\d+:\\d+: not valid (YAML|JSON): .*")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String describe(Throwable thrown) {
        StackTraceElement[] trace = thrown.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0];
        // Where it came from: the first frame of the generator or of swagger-parser.
        for (StackTraceElement frame : trace) {
            if (frame.getClassName().startsWith("dev.fluentcrm")
                    || frame.getClassName().startsWith("io.swagger")) {
                where += " from " + frame;
                break;
            }
        }
        return thrown.getClass().getName() + ": " + thrown.getMessage() + where;
    }

    /** Compiles every generated client, each in its own package, in a few javac runs; returns how many compiled. */
    private int compileInBatches(Map<SpecCase, List<GeneratedFile>> generated, List<String> failures)
            throws IOException {
        List<SpecCase> cases = new ArrayList<>(generated.keySet());
        int compiled = 0;
        for (int batch = 0; batch < COMPILE_BATCHES; batch++) {
            Path sources = work.resolve("batch" + batch + "/src");
            Path classes = Files.createDirectories(work.resolve("batch" + batch + "/classes"));
            List<SpecCase> inBatch = new ArrayList<>();
            for (int i = batch; i < cases.size(); i += COMPILE_BATCHES) {
                inBatch.add(cases.get(i));
                new OutputWriter().write(sources, generated.get(cases.get(i)));
            }
            if (inBatch.isEmpty()) {
                continue;
            }
            Map<String, String> errors = compile(sources, classes);
            for (SpecCase specCase : inBatch) {
                String error = errors.getOrDefault(specCase.packageName().replace('.', '/'), errors.get("*"));
                if (error == null) {
                    compiled++;
                } else {
                    failures.add(specCase + ": generated code does not compile: " + error);
                }
            }
        }
        return compiled;
    }

    /** The first error per package directory ({@code robust/c0001}). */
    private static Map<String, String> compile(Path sources, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<File> javaFiles;
        try (var walk = Files.walk(sources)) {
            javaFiles = walk.filter(p -> p.toString().endsWith(".java"))
                    .map(Path::toFile)
                    .toList();
        }
        try (StandardJavaFileManager fileManager =
                compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "-proc:none",
                    "--release",
                    "17",
                    "-nowarn",
                    "-encoding",
                    "UTF-8",
                    "-Xmaxerrs",
                    "10000",
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
            boolean anyError =
                    diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
            if (ok == anyError) {
                // javac's verdict and its diagnostics must agree, or neither can be trusted.
                return Map.of("*", "javac answered " + ok + " with diagnostics " + diagnostics.getDiagnostics());
            }
        }
        Map<String, String> errors = new TreeMap<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR && d.getSource() == null) {
                // An error of no file (a bad option, a missing class path entry) fails every case of the batch.
                return Map.of("*", "javac: " + d.getMessage(Locale.ROOT));
            }
            if (d.getKind() != Diagnostic.Kind.NOTE && d.getKind() != Diagnostic.Kind.ERROR && d.getSource() == null) {
                return Map.of("*", "javac warned: " + d.getMessage(Locale.ROOT));
            }
            if (d.getKind() == Diagnostic.Kind.ERROR && d.getSource() != null) {
                String relative = sources.relativize(Path.of(d.getSource().toUri()))
                        .toString()
                        .replace('\\', '/');
                String packageDir = relative.substring(0, relative.indexOf('/', relative.indexOf('/') + 1));
                errors.putIfAbsent(packageDir, relative + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
            }
        }
        return errors;
    }
}
