package dev.fluentcrm.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Counting and compiling the Java files of a generated output. */
final class JavaSources {
    /** The options of both compilations, for both tools. */
    private static final List<String> OPTIONS =
            List.of("-proc:none", "--release", "17", "-nowarn", "-encoding", "UTF-8");

    private JavaSources() {}

    record Size(int files, long lines, long nonBlankLines, long bytes) {}

    static List<Path> javaFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Size size(Path root) {
        long lines = 0;
        long nonBlank = 0;
        long bytes = 0;
        List<Path> files = javaFiles(root);
        for (Path file : files) {
            try {
                List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
                lines += all.size();
                nonBlank += all.stream().filter(l -> !l.isBlank()).count();
                bytes += Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Size(files.size(), lines, nonBlank, bytes);
    }

    /**
     * Compiles every Java file under {@code root} in-process into {@code classes}, a directory
     * that must not exist yet (see {@link Generators#timed}), with {@code classPath} and the
     * same options for both tools; returns the milliseconds.
     */
    static double compile(Path root, Path classes, String classPath) {
        if (Files.exists(classes)) {
            throw new IllegalStateException(classes + " exists; every compilation writes to a new directory");
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        long start = System.nanoTime();
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Files.createDirectories(classes);
            List<File> sources = javaFiles(root).stream().map(Path::toFile).toList();
            List<String> options = new ArrayList<>(OPTIONS);
            options.addAll(List.of("-classpath", classPath, "-d", classes.toString()));
            boolean ok = compiler.getTask(
                            null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(sources))
                    .call();
            double millis = (System.nanoTime() - start) / 1e6;
            if (!ok) {
                String errors = diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .limit(5)
                        .map(d -> d.getSource() + ":" + d.getLineNumber() + " " + d.getMessage(Locale.ROOT))
                        .toList()
                        .toString();
                throw new IllegalStateException("The sources in " + root + " do not compile: " + errors);
            }
            return millis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles every Java file under {@code root} with the JDK's {@code javac} launcher: a fresh,
     * cold compiler, as the first compilation of a build sees it. Same options as {@link #compile};
     * {@code classes} must not exist yet. Returns the milliseconds of the whole process.
     */
    static double compileCold(Path root, Path classes, String classPath) {
        return compileCold(root, classes, classPath, List.of());
    }

    /** {@link #compileCold(Path, Path, String)} with more javac options, such as where to stop. */
    static double compileCold(Path root, Path classes, String classPath, List<String> extraOptions) {
        try {
            Files.createDirectories(classes);
            Path arguments = classes.resolveSibling(classes.getFileName() + ".args");
            List<String> lines = new ArrayList<>(OPTIONS);
            lines.addAll(extraOptions);
            lines.addAll(List.of("-classpath", quoted(classPath), "-d", quoted(classes.toString())));
            javaFiles(root).forEach(file -> lines.add(quoted(file.toString())));
            Files.write(arguments, lines, StandardCharsets.UTF_8);
            String javac =
                    Path.of(System.getProperty("java.home"), "bin", "javac").toString();
            long start = System.nanoTime();
            Process process = new ProcessBuilder(javac, "@" + arguments)
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("javac failed on " + root + ": "
                        + output.lines().limit(10).toList());
            }
            return (System.nanoTime() - start) / 1e6;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * What each output needs to compile, and nothing more, as in a project that uses it: ours our
     * runtime and Jackson; OpenAPI Generator's {@code java}/{@code native} client the libraries its
     * generated pom lists (Jackson with JSR-310 and nullable, Jakarta annotations, JSR-305,
     * Apache HttpClient and httpmime). Taken from the bench's own class path, which holds both.
     */
    static String classPath(Generators tool) {
        List<String> wanted = new ArrayList<>(List.of("jackson-databind-2", "jackson-core-", "jackson-annotations-"));
        wanted.addAll(
                tool == Generators.OURS
                        ? List.of("fluentcrm-runtime-")
                        : List.of(
                                "jackson-datatype-jsr310-",
                                "jackson-databind-nullable-",
                                "jakarta.annotation-api-",
                                "jsr305-",
                                "httpmime-",
                                "httpclient-",
                                "httpcore-"));
        List<String> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (wanted.stream().anyMatch(name::startsWith)) {
                jars.add(entry);
            }
        }
        if (jars.size() != wanted.size()) {
            throw new IllegalStateException("Expected " + wanted + " on the bench's class path, found " + jars);
        }
        return String.join(File.pathSeparator, jars);
    }

    private static String quoted(String argument) {
        return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
