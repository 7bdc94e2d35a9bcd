package dev.fluentcrm.codegen.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hand-written code names types by their simple names and imports them; a fully qualified name in
 * code is allowed only where the simple name is taken by another type in that file. The formatter
 * sorts imports but does not catch this, so this test reads every module's sources.
 */
class QualifiedNamesTest {
    private static final Path REPOSITORY =
            Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.@\"])((?:java|javax|jakarta|com|org|io|dev)(?:\\.[a-z][a-z0-9_]*)+)\\.([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?[\\w.]*\\.([A-Z]\\w*);");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Z]\\w*)");

    @Test
    void noHandWrittenFileQualifiesANameItCouldImport() throws IOException {
        List<Path> sources = handWrittenSources();
        assertThat(sources).hasSizeGreaterThan(100);
        List<String> found = new ArrayList<>();
        for (Path file : sources) {
            found.addAll(qualifiedNames(file));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void findsAQualifiedNameInCodeButNotInStringsCommentsOrImports() throws IOException {
        Path file = Files.createTempFile("Sample", ".java");
        Files.writeString(file, """
                package dev.example;

                import java.util.List;

                /** See {@link java.util.Map}. */
                class Sample {
                    // java.util.Set in a comment
                    String text = "java.util.Set in a string";
                    java.util.Map<String, String> map;
                }
                """);
        assertThat(qualifiedNames(file)).singleElement().asString().endsWith(":9 java.util.Map");
    }

    private static List<Path> handWrittenSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(REPOSITORY)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                for (String root : List.of("src/main/java", "src/test/java")) {
                    Path folder = module.resolve(root);
                    if (Files.isDirectory(folder)) {
                        try (Stream<Path> walk = Files.walk(folder)) {
                            walk.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
                        }
                    }
                }
            }
        }
        return sources;
    }

    private static List<String> qualifiedNames(Path file) throws IOException {
        String text = Files.readString(file);
        Set<String> taken = new HashSet<>();
        IMPORT.matcher(text).results().forEach(m -> taken.add(m.group(1)));
        DECLARED.matcher(text).results().forEach(m -> taken.add(m.group(1)));
        List<String> found = new ArrayList<>();
        String[] lines = codeOnly(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("import ") || lines[i].startsWith("package ")) {
                continue;
            }
            Matcher matcher = QUALIFIED.matcher(lines[i]);
            while (matcher.find()) {
                if (!taken.contains(matcher.group(2)) || isImported(text, matcher.group(1), matcher.group(2))) {
                    found.add(file + ":" + (i + 1) + " " + matcher.group(1) + "." + matcher.group(2));
                }
            }
        }
        return found;
    }

    /** Whether this very type is imported (then its qualified name is needless even though the name is taken). */
    private static boolean isImported(String text, String packageName, String simpleName) {
        return text.contains("import " + packageName + "." + simpleName + ";");
    }

    /** The text with comments and string and char literals blanked out, line breaks kept. */
    private static String codeOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                text.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                end = end < 0 ? text.length() : end + 3;
                text.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(' ');
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
