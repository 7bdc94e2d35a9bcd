package dev.fluentcrm.bench;

import dev.fluentcrm.spec.FluentCrmSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Where a fresh {@code javac} spends its time on each tool's client (issue 16): the same compilation
 * stopped after each of javac's phases ({@code -XDshould-stop.ifNoError=PHASE}, so a phase's cost is
 * the difference to the one before), and what the parts of our output cost, measured by compiling
 * copies of it with one kind of code taken out. The copies are measurements only, never shipped:
 * each answers "what would leaving this out save", for the cuts issue 16 names (Javadoc,
 * annotations, the builders of the models).
 */
final class JavacTime {
    /** javac's phases in order, as {@code -XDshould-stop.ifNoError} names them; {@code null}: the whole compilation. */
    static final List<String> STOPS = Arrays.asList("PARSE", "ENTER", "ATTR", "FLOW", "LOWER", null);

    /** A copy of our output with one kind of code removed, and what it leaves out. */
    enum Cut {
        NONE("the client as generated", source -> source),
        JAVADOC(
                "without Javadoc comments",
                source -> JAVADOC_COMMENT.matcher(source).replaceAll("")),
        ANNOTATIONS(
                "without `@JsonProperty`, `@JsonAnySetter`/`@JsonAnyGetter` and `@Generated`",
                source -> ANNOTATION.matcher(source).replaceAll("")),
        MODEL_BUILDERS(
                "without the builders of the models (the `Params` records keep theirs: the modules call them)",
                JavacTime::withoutBuilder);

        final String label;
        final UnaryOperator<String> edit;

        Cut(String label, UnaryOperator<String> edit) {
            this.label = label;
            this.edit = edit;
        }
    }

    private static final Pattern JAVADOC_COMMENT = Pattern.compile("[ \\t]*/\\*\\*.*?\\*/\\s*\\n", Pattern.DOTALL);
    private static final Pattern ANNOTATION =
            Pattern.compile("@(?:JsonProperty|JsonAnySetter|JsonAnyGetter|Generated)(?:\\(\"[^\"]*\"\\))?\\s+");

    /** Per tool, per stop (null = whole compilation): the milliseconds of the fresh javac process. */
    record Phases(Map<Generators, Map<String, Stats>> byTool) {}

    /** Per cut: the compile time, and the size of that copy. */
    record Cuts(Map<Cut, Stats> millis, Map<Cut, JavaSources.Size> sizes) {}

    private JavacTime() {}

    static Phases phases(Map<Generators, Path> outputs, Path work, int runs) {
        Map<Generators, Map<String, List<Double>>> values = new EnumMap<>(Generators.class);
        for (int round = 0; round < runs; round++) {
            for (String stop : STOPS) {
                for (Generators tool : Generators.values()) {
                    double millis = JavaSources.compileCold(
                            outputs.get(tool),
                            BenchMain.fresh(work, "phase-" + tool.name().toLowerCase()),
                            JavaSources.classPath(tool),
                            stop == null ? List.of() : List.of("-XDshould-stop.ifNoError=" + stop));
                    System.out.printf("  %s until %s: %.0f ms%n", tool.label, stop == null ? "the end" : stop, millis);
                    values.computeIfAbsent(tool, t -> new LinkedHashMap<>())
                            .computeIfAbsent(String.valueOf(stop), s -> new ArrayList<>())
                            .add(millis);
                }
            }
        }
        return new Phases(Stats.ofEach(values));
    }

    static Cuts cuts(Path ours, Path work, int runs) {
        Map<Cut, Path> copies = new EnumMap<>(Cut.class);
        Map<Cut, JavaSources.Size> sizes = new EnumMap<>(Cut.class);
        for (Cut cut : Cut.values()) {
            Path copy = cut == Cut.NONE
                    ? ours
                    : copy(ours, work.resolve("cut-" + cut.name().toLowerCase()), cut.edit);
            copies.put(cut, copy);
            sizes.put(cut, JavaSources.size(copy));
        }
        Map<Cut, List<Double>> values = new EnumMap<>(Cut.class);
        for (int round = 0; round < runs; round++) {
            for (Cut cut : Cut.values()) {
                double millis = JavaSources.compileCold(
                        copies.get(cut),
                        BenchMain.fresh(work, "cut-classes"),
                        JavaSources.classPath(Generators.OURS),
                        List.of());
                System.out.printf("  ours %s: %.0f ms%n", cut.name().toLowerCase(), millis);
                values.computeIfAbsent(cut, c -> new ArrayList<>()).add(millis);
            }
        }
        Map<Cut, Stats> stats = new EnumMap<>(Cut.class);
        values.forEach((cut, list) -> stats.put(cut, Stats.of(list)));
        return new Cuts(stats, sizes);
    }

    /**
     * A model record without its builder: everything from {@code builder()} (with the comment
     * before it) to the record's closing brace. Records without one, and the {@code Params}
     * records the modules build, stay as they are.
     */
    static String withoutBuilder(String source) {
        boolean model = source.contains(".model;\n");
        boolean params =
                Pattern.compile("public record \\w+Params\\(").matcher(source).find();
        int builder = source.indexOf("    public static Builder builder()");
        if (!model || params || builder < 0) {
            return source;
        }
        int start = source.lastIndexOf("\n\n", builder);
        return source.substring(0, start + 1) + "}\n";
    }

    /**
     * Runs this section alone, for checking it without the whole bench: the same system properties
     * as {@link BenchMain}, plus {@code bench.javacRuns} (default 3). Generates both clients first.
     */
    public static void main(String[] args) throws Exception {
        Path work = Path.of(BenchMain.property("bench.work")).resolve("javac-time");
        Generators.deleteTree(work);
        Path spec = work.resolve("fluentcrm-openapi.yaml");
        Files.createDirectories(work);
        try (var in = FluentCrmSpec.openYaml()) {
            Files.copy(in, spec);
        }
        Map<Generators, Path> outputs = new EnumMap<>(Generators.class);
        for (Generators tool : Generators.values()) {
            Path out = work.resolve("gen-" + tool.name().toLowerCase());
            tool.generate(spec, out);
            outputs.put(tool, out);
        }
        int runs = Integer.getInteger("bench.javacRuns", 3);
        Report report = new Report(Machine.describe(), "JavacTime alone");
        JavacTimeReport.add(report, phases(outputs, work, runs), cuts(outputs.get(Generators.OURS), work, runs), runs);
        report.finish();
        System.out.println(report.markdown());
    }

    private static Path copy(Path from, Path to, UnaryOperator<String> edit) {
        for (Path file : JavaSources.javaFiles(from)) {
            Path target = to.resolve(from.relativize(file));
            try {
                Files.createDirectories(target.getParent());
                Files.writeString(target, edit.apply(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return to;
    }
}
