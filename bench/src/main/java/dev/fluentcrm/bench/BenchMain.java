package dev.fluentcrm.bench;

import dev.fluentcrm.bench.jmh.ClientCallBench;
import dev.fluentcrm.bench.jmh.InterleavedCalls;
import dev.fluentcrm.bench.jmh.PageDecodeBench;
import dev.fluentcrm.bench.server.ServerThroughput;
import dev.fluentcrm.spec.FluentCrmSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, side by side with its peer in the same run, and writes
 * BENCHMARKS.md. Started by the {@code bench} module's build (see the README); the figures are
 * reported, never asserted.
 */
public final class BenchMain {
    static final int WARM_UP = 12;
    static final int WARM_RUNS = 10;
    static final int COLD_RUNS = 3;
    static final int COMPILE_WARM_UP = 5;
    static final int COMPILE_RUNS = 5;
    static final int NOOP_RUNS = 5;
    static final int CONSUMER_RUNS = 5;
    static final int JMH_FORKS = 2;
    static final int INTERLEAVED_ROUNDS = 150;
    static final int INTERLEAVED_CALLS = 200;
    static final int JMH_WARMUP = 3;
    static final int JMH_ITERATIONS = 5;
    static final int SERVER_ROUNDS = 5;
    static final int SERVER_REQUESTS = 20_000;
    static final int SERVER_CLIENTS = 4;

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(property("bench.work"));
        Path spec = work.resolve("spec/fluentcrm-openapi.yaml");
        Files.createDirectories(spec.getParent());
        try (InputStream in = FluentCrmSpec.openYaml()) {
            Files.copy(in, spec, StandardCopyOption.REPLACE_EXISTING);
        }
        Report report = new Report(Machine.describe(), property("bench.command"));
        // Outputs of an earlier bench run go now, long before anything is timed; each run of this
        // one writes to a directory of its own (see Generators#timed).
        Path runs = work.resolve("runs");
        Generators.deleteTree(runs);
        Map<Generators, Path> outputs = new EnumMap<>(Generators.class);

        step("warm generation");
        Map<Generators, List<Double>> warm = alternate(WARM_UP, WARM_RUNS, tool -> {
            Path out = fresh(runs, "gen-" + tool.name().toLowerCase());
            outputs.put(tool, out);
            return tool.timed(spec, out);
        });
        List<Generators.Steps> steps = new ArrayList<>();
        for (int run = 0; run < WARM_RUNS; run++) {
            System.gc();
            steps.add(Generators.oursBySteps(spec, fresh(runs, "steps")));
        }
        report.generationWarm(stats(warm), steps);

        step("size and compile time");
        Map<Generators, JavaSources.Size> sizes = new EnumMap<>(Generators.class);
        outputs.forEach((tool, out) -> sizes.put(tool, JavaSources.size(out)));
        Map<Generators, List<Double>> compile = alternate(
                COMPILE_WARM_UP,
                COMPILE_RUNS,
                tool -> JavaSources.compile(
                        outputs.get(tool),
                        fresh(runs, "classes-" + tool.name().toLowerCase()),
                        JavaSources.classPath(tool)));
        Map<Generators, List<Double>> coldCompile = alternate(
                0,
                COLD_RUNS,
                tool -> JavaSources.compileCold(
                        outputs.get(tool),
                        fresh(runs, "cold-classes-" + tool.name().toLowerCase()),
                        JavaSources.classPath(tool)));
        report.sizeAndCompile(sizes, stats(compile), stats(coldCompile));

        step("where javac spends its time");
        JavacTimeReport.add(
                report,
                JavacTime.phases(outputs, runs, COLD_RUNS),
                JavacTime.cuts(outputs.get(Generators.OURS), runs, COLD_RUNS),
                COLD_RUNS);

        step("cold generation, fresh JVMs");
        report.generationCold(new ColdRuns(runs, spec).measure(COLD_RUNS));

        step("plugin no-op run");
        try {
            NoopPluginRun.Result noop = new NoopPluginRun(
                            Path.of(property("bench.mavenHome")), work, property("bench.version"))
                    .measure(NOOP_RUNS);
            System.out.println("  " + noop);
            report.noop(noop, null);
        } catch (IllegalStateException | IOException e) {
            System.out.println("  not measured: " + e.getMessage());
            report.noop(null, e.getMessage());
        }

        step("consumer builds from clean");
        try {
            ConsumerBuildReport.add(
                    report, ConsumerBuild.of(work, spec).measure(CONSUMER_RUNS, ConsumerBuild.peerVersion()));
        } catch (IllegalStateException | IOException e) {
            System.out.println("  not measured: " + e.getMessage());
            report.section("Consumer build from clean (`consumer-build`)", "Not measured: " + e.getMessage());
        }

        step("client overhead and page decoding (JMH)");
        Map<String, RunResult> jmh = jmh();
        step("client overhead, interleaved");
        InterleavedCalls.Rounds get = InterleavedCalls.measure(true, INTERLEAVED_ROUNDS, INTERLEAVED_CALLS);
        InterleavedCalls.Rounds list = InterleavedCalls.measure(false, INTERLEAVED_ROUNDS, INTERLEAVED_CALLS);
        System.out.println("  get " + get + "\n  list " + list);
        report.jmh(jmh, get, list);

        step("server throughput, engine before and after");
        report.serverThroughput(ServerThroughput.measure(SERVER_ROUNDS, SERVER_REQUESTS, SERVER_CLIENTS));

        report.finish();
        Path target = Path.of(property("bench.report"));
        Files.writeString(target, report.markdown());
        System.out.println(report.markdown());
        System.out.println("Wrote " + target);
    }

    private static int runNumber;

    /** A directory that does not exist yet, below {@code runs}. */
    static Path fresh(Path runs, String prefix) {
        return runs.resolve(prefix + "-" + (++runNumber));
    }

    interface Measure {
        double run(Generators tool) throws Exception;
    }

    /** Runs the tools in turn (ours, theirs, ours, ...): {@code warmUp} rounds unrecorded, then {@code runs}. */
    static Map<Generators, List<Double>> alternate(int warmUp, int runs, Measure measure) throws Exception {
        Map<Generators, List<Double>> results = new EnumMap<>(Generators.class);
        for (int round = 0; round < warmUp + runs; round++) {
            for (Generators tool : Generators.values()) {
                // Each run starts from a collected heap, so neither tool pays for the other's garbage.
                System.gc();
                double millis = measure.run(tool);
                System.out.printf(
                        "  %s round %d: %.0f ms%s%n",
                        tool.label, round + 1, millis, round < warmUp ? " (warm-up)" : "");
                if (round >= warmUp) {
                    results.computeIfAbsent(tool, t -> new ArrayList<>()).add(millis);
                }
            }
        }
        return results;
    }

    static Map<Generators, Stats> stats(Map<Generators, List<Double>> values) {
        Map<Generators, Stats> stats = new EnumMap<>(Generators.class);
        values.forEach((tool, list) -> stats.put(tool, Stats.of(list)));
        return stats;
    }

    private static Map<String, RunResult> jmh() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(ClientCallBench.class.getName())
                .include(PageDecodeBench.class.getName())
                .warmupIterations(JMH_WARMUP)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(JMH_ITERATIONS)
                .measurementTime(TimeValue.seconds(2))
                .forks(JMH_FORKS)
                // Without TCP_NODELAY the JDK HttpServer's separate header and body writes meet the
                // client's delayed ACK: every call would take 40 ms, hiding what the clients cost.
                .jvmArgsAppend(
                        "-Xms1g",
                        "-Xmx1g",
                        "-Dsun.net.httpserver.nodelay=true",
                        "-Dbench.reference=" + property("bench.reference"))
                .shouldFailOnError(true)
                .build();
        Map<String, RunResult> results = new TreeMap<>();
        for (RunResult result : new Runner(options).run()) {
            String name = result.getParams().getBenchmark();
            results.put(name.substring(name.lastIndexOf('.') + 1), result);
        }
        return results;
    }

    private static void step(String name) {
        System.out.println("== " + name);
    }

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    "Missing -D" + name + " (run the bench through its Maven module; see the README)");
        }
        return value;
    }
}
