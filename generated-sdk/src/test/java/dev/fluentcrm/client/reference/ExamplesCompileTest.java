package dev.fluentcrm.client.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every piece of Java in the generated reference (index.html, README.md, docs/*.md) compiles
 * against this SDK with {@code -Xlint:all} and not one diagnostic: examples as method bodies,
 * with the imports block the README gives; the signature blocks as interface methods, so a
 * signature the client lacks a type for fails too.
 */
class ExamplesCompileTest {
    private static final Path REFERENCE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolve("target/reference");
    private static final Pattern MARKDOWN_JAVA = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern HTML_CODE =
            Pattern.compile("<pre class=\"(example|sig)\"><code[^>]*>(.*?)</code></pre>", Pattern.DOTALL);
    private static final Pattern SIGNATURE = Pattern.compile("[A-Za-z][\\w<>, ?\\[\\]]* \\w+\\([^;{}]*\\)");
    private static final List<String> SIGNATURE_IMPORTS =
            List.of("import dev.fluentcrm.runtime.http.ApiResponse;", "import java.util.concurrent.CompletableFuture;");

    record Snippet(String source, String text) {}

    @Test
    void everyJavaBlockOfTheReferenceCompiles() throws IOException {
        List<Snippet> snippets = new ArrayList<>();
        Path readme = REFERENCE.resolve("README.md");
        snippets.addAll(markdown(readme));
        try (Stream<Path> pages = Files.list(REFERENCE.resolve("docs"))) {
            for (Path page : pages.sorted().toList()) {
                snippets.addAll(markdown(page));
            }
        }
        snippets.addAll(html(REFERENCE.resolve("index.html")));

        List<String> imports = snippets.stream()
                .filter(s -> s.source().equals("README.md"))
                .filter(s -> s.text().lines().allMatch(line -> line.startsWith("import ")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("README.md has no block of the imports the examples assume"))
                .text()
                .lines()
                .toList();
        List<Snippet> examples =
                snippets.stream().filter(s -> !isImports(s) && !isSignatures(s)).toList();
        List<Snippet> signatures =
                snippets.stream().filter(ExamplesCompileTest::isSignatures).toList();
        // Every operation has an example and a signature block in the HTML, and again in the Markdown.
        assertThat(examples.stream()
                        .filter(s -> s.source().equals("index.html"))
                        .count())
                .isEqualTo(signatures.stream()
                        .filter(s -> s.source().equals("index.html"))
                        .count())
                .isGreaterThan(300);

        List<JavaFileObject> units = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            units.add(exampleUnit("Example" + i, imports, examples.get(i)));
        }
        for (int i = 0; i < signatures.size(); i++) {
            units.add(signatureUnit("Signatures" + i, imports, signatures.get(i)));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = Files.createDirectories(REFERENCE.resolveSibling("reference-examples-classes"));
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of(
                    "-Xlint:all",
                    "-proc:none",
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-d",
                    out.toString());
            javac.getTask(null, files, diagnostics, options, null, units).call();
        }
        String report = diagnostics.getDiagnostics().stream()
                .map(ExamplesCompileTest::describe)
                .collect(Collectors.joining("\n"));
        assertThat(diagnostics.getDiagnostics()).as(report).isEmpty();
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        Unit unit = (Unit) diagnostic.getSource();
        String line = unit == null
                ? ""
                : unit.code
                        .lines()
                        .skip(Math.max(0, diagnostic.getLineNumber() - 1))
                        .findFirst()
                        .orElse("");
        return (unit == null ? "" : unit.origin + ": ") + diagnostic.getKind() + " "
                + diagnostic.getMessage(Locale.ROOT) + "\n    " + line.strip();
    }

    private static boolean isImports(Snippet snippet) {
        return snippet.text().lines().allMatch(line -> line.startsWith("import "));
    }

    private static boolean isSignatures(Snippet snippet) {
        return snippet.text().lines().allMatch(line -> SIGNATURE.matcher(line).matches());
    }

    private static List<Snippet> markdown(Path file) throws IOException {
        String name = REFERENCE.relativize(file).toString();
        List<Snippet> snippets = new ArrayList<>();
        Matcher matcher = MARKDOWN_JAVA.matcher(Files.readString(file));
        while (matcher.find()) {
            snippets.add(new Snippet(name, matcher.group(1)));
        }
        if (!name.endsWith("models.md")) {
            assertThat(snippets).as(name + " has Java").isNotEmpty();
        }
        return snippets;
    }

    private static List<Snippet> html(Path file) throws IOException {
        List<Snippet> snippets = new ArrayList<>();
        Matcher matcher = HTML_CODE.matcher(Files.readString(file));
        while (matcher.find()) {
            snippets.add(new Snippet("index.html", unescape(matcher.group(2))));
        }
        return snippets;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#10;", "\n")
                .replace("&amp;", "&");
    }

    /** An example as the body of a method; a snippet that makes its own {@code crm} gets none handed in. */
    private static Unit exampleUnit(String className, List<String> imports, Snippet snippet) {
        List<String> own = snippet.text()
                .lines()
                .filter(line -> line.startsWith("import "))
                .toList();
        String body = snippet.text()
                .lines()
                .filter(line -> !line.startsWith("import "))
                .collect(Collectors.joining("\n"));
        String parameter = body.contains("FluentCrmClient crm =") ? "" : "FluentCrmClient crm";
        String code = String.join("\n", imports) + "\n" + String.join("\n", own) + "\n\nclass " + className + " {\n"
                + "    void example(" + parameter + ") throws Exception {\n" + body + "\n    }\n}\n";
        return new Unit(className, snippet.source(), code);
    }

    private static Unit signatureUnit(String className, List<String> imports, Snippet snippet) {
        String methods = snippet.text().lines().map(line -> "    " + line + ";").collect(Collectors.joining("\n"));
        String code = String.join("\n", imports) + "\n" + String.join("\n", SIGNATURE_IMPORTS) + "\n\ninterface "
                + className + " {\n" + methods + "\n}\n";
        return new Unit(className, snippet.source() + " (signatures)", code);
    }

    private static final class Unit extends SimpleJavaFileObject {
        final String origin;
        final String code;

        Unit(String className, String origin, String code) {
            super(URI.create("string:///" + className + ".java"), Kind.SOURCE);
            this.origin = origin;
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
