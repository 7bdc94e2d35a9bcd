package dev.fluentcrm.codegen.golden;

import dev.fluentcrm.codegen.write.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated Java in-process with {@code -Xlint:all} against the test classpath. */
final class GoldenCompiler {
    private GoldenCompiler() {}

    /**
     * Every warning and error compiling the {@code .java} files among {@code files} into
     * {@code classes}, as {@code KIND path:line message}; empty when they compile cleanly.
     */
    static List<String> problems(List<GeneratedFile> files, Path classes) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (GeneratedFile file : files) {
            if (file.path().endsWith(".java")) {
                sources.add(new Source(file));
            }
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager =
                compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "-Xlint:all",
                    "-proc:none",
                    "--release",
                    "17",
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-d",
                    classes.toString());
            boolean compiled = compiler.getTask(null, fileManager, diagnostics, options, null, sources)
                    .call();
            List<String> problems = new ArrayList<>(diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                    .map(d -> d.getKind() + " "
                            + (d.getSource() == null ? "" : d.getSource().getName()) + ":" + d.getLineNumber() + " "
                            + d.getMessage(Locale.ROOT))
                    .toList());
            if (!compiled && problems.isEmpty()) {
                problems.add("ERROR the compilation failed without a diagnostic");
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A generated file as a compilation unit, named by its path so messages point at it. */
    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(GeneratedFile file) {
            super(URI.create("string:///" + file.path()), Kind.SOURCE);
            this.text = new String(file.content(), StandardCharsets.UTF_8);
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
