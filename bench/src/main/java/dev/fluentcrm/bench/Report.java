package dev.fluentcrm.bench;

import dev.fluentcrm.bench.jmh.Fixtures;
import dev.fluentcrm.bench.jmh.InterleavedCalls;
import dev.fluentcrm.bench.server.ServerThroughput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/** BENCHMARKS.md: the run's context, a verdict per target, then every figure with its spread. */
final class Report {
    /** The peer's version, from the Maven metadata in its jar (the parent POM pins it). */
    private static final String PEER_VERSION = peerVersion();

    private static final Generators OURS = Generators.OURS;
    private static final Generators PEER = Generators.OPENAPI_GENERATOR;

    private final List<String> targets = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();
    private final String machine;
    private final String command;
    private final String started =
            ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    private final String loadAtStart = Machine.loadAverage();
    private final long startNanos = System.nanoTime();
    private String loadAtEnd;
    private String duration;

    Report(String machine, String command) {
        this.machine = machine;
        this.command = command;
    }

    void generationWarm(Map<Generators, Stats> warm, List<Generators.Steps> steps) {
        double ratio = warm.get(PEER).median() / warm.get(OURS).median();
        target(
                "Generation at least 10x faster than OpenAPI Generator (warm, same JVM)",
                Stats.ratio(warm.get(PEER).median(), warm.get(OURS).median()) + " faster",
                ratio >= 10);
        section(
                "Generation of the client from the bundled spec, warm",
                "Same JVM (`-Xms2g -Xmx2g`: a fixed heap, so no run pays for regrowing it after the `System.gc()` "
                        + "that precedes each run), tools alternating, " + BenchMain.WARM_UP
                        + " warm-up rounds each before the measured ones "
                        + "(both tools were still getting faster after five: on two cores the JIT takes that long to compile their "
                        + "many rendering paths). "
                        + "Each run reads the spec, builds the model, renders the client and writes it to a new directory (never one "
                        + "just deleted: on this ext4 disk, mounted with `discard`, the deferred cost of deleting a thousand files "
                        + "lands on the next writer).",
                table(
                        List.of("tool", "median (min..max, n)", "vs ours"),
                        row(OURS, warm.get(OURS).format("ms"), "1x"),
                        row(
                                PEER,
                                warm.get(PEER).format("ms"),
                                Stats.ratio(
                                                warm.get(PEER).median(),
                                                warm.get(OURS).median()) + " slower")),
                "\nOurs by step, " + steps.size() + " more runs in the same warm JVM: what 10x would leave."
                        + " Reading the spec is swagger-parser (which the peer uses too) plus our model; writing is "
                        + "creating the files on this disk, in parallel.\n",
                table(
                        List.of(
                                "step of ours",
                                "median (min..max, n)",
                                "share of the 10x budget ("
                                        + Stats.num(warm.get(PEER).median() / 10) + " ms)"),
                        stepRow("read the spec into our model", steps, Generators.Steps::read, warm),
                        stepRow("render the Java files", steps, Generators.Steps::render, warm),
                        stepRow("write them", steps, Generators.Steps::write, warm)));
    }

    private static String[] stepRow(
            String label,
            List<Generators.Steps> steps,
            ToDoubleFunction<Generators.Steps> step,
            Map<Generators, Stats> warm) {
        Stats stats = Stats.of(steps.stream().map(step::applyAsDouble).toList());
        return new String[] {
            label,
            stats.format("ms"),
            String.format(
                    Locale.ROOT,
                    "%.0f%%",
                    100 * stats.median() / (warm.get(PEER).median() / 10))
        };
    }

    void generationCold(ColdRuns.Result cold) {
        double ratio = cold.get(PEER, "process_ms").median()
                / cold.get(OURS, "process_ms").median();
        double genRatio =
                cold.get(PEER, "gen_ms").median() / cold.get(OURS, "gen_ms").median();
        target(
                "Generation at least 10x faster than OpenAPI Generator (cold: a fresh JVM per run)",
                Stats.ratio(ratio, 1) + " (whole process), " + Stats.ratio(genRatio, 1) + " (generation alone)",
                genRatio >= 10);
        List<String[]> rows = new ArrayList<>();
        for (String key : List.of("process_ms", "gen_ms")) {
            String what = key.equals("process_ms")
                    ? "whole process (JVM start to exit)"
                    : "generation alone, in that fresh JVM";
            rows.add(new String[] {
                what,
                cold.get(OURS, key).format("ms"),
                cold.get(PEER, key).format("ms"),
                Stats.ratio(cold.get(PEER, key).median(), cold.get(OURS, key).median())
            });
        }
        section(
                "Generation of the client from the bundled spec, cold",
                "A fresh JVM per run (`" + String.join(" ", ColdRuns.JVM_OPTIONS)
                        + "`, the bench module's class path), tools alternating, " + BenchMain.COLD_RUNS
                        + " runs each.",
                table(List.of("", "ours", "OpenAPI Generator", "ratio"), rows.toArray(String[][]::new)));
        section(
                "Peak memory of a full generation",
                "Measured in the cold runs above (a fresh JVM per generation, `-Xmx2g`): the peak of the heap pools' used memory "
                        + "(MemoryPoolMXBean; with a large heap this includes garbage not yet collected) and the process's peak "
                        + "resident set (VmHWM from /proc/self/status, JVM and class metadata included).",
                table(
                        List.of("", "ours", "OpenAPI Generator", "ratio"),
                        new String[] {
                            "peak heap used",
                            cold.get(OURS, "peak_heap_mb").format("MB"),
                            cold.get(PEER, "peak_heap_mb").format("MB"),
                            Stats.ratio(
                                    cold.get(PEER, "peak_heap_mb").median(),
                                    cold.get(OURS, "peak_heap_mb").median())
                        },
                        new String[] {
                            "peak resident memory",
                            cold.get(OURS, "rss_mb").format("MB"),
                            cold.get(PEER, "rss_mb").format("MB"),
                            Stats.ratio(
                                    cold.get(PEER, "rss_mb").median(),
                                    cold.get(OURS, "rss_mb").median())
                        }));
    }

    void sizeAndCompile(
            Map<Generators, JavaSources.Size> sizes, Map<Generators, Stats> compile, Map<Generators, Stats> cold) {
        double ratio = compile.get(PEER).median() / compile.get(OURS).median();
        double coldRatio = cold.get(PEER).median() / cold.get(OURS).median();
        target(
                "Our client compiles at least 2x faster than theirs (javac warmed up, in-process)",
                Stats.ratio(compile.get(PEER).median(), compile.get(OURS).median()) + " faster",
                ratio >= 2);
        target(
                "Our client compiles at least 2x faster than theirs (a fresh javac process, as the first compilation of a build)",
                Stats.ratio(cold.get(PEER).median(), cold.get(OURS).median()) + " faster",
                coldRatio >= 2);
        JavaSources.Size ours = sizes.get(OURS);
        JavaSources.Size peer = sizes.get(PEER);
        section(
                "Size and compile time of the generated client",
                "Every `.java` file of each output. Compiled in-process with javax.tools, the same options for both "
                        + "(`-proc:none --release 17 -nowarn`), each with the class path it needs and nothing more, as in a project "
                        + "using it (ours: our runtime and Jackson; theirs: Jackson with JSR-310 and nullable, Jakarta annotations, "
                        + "JSR-305, Apache HttpClient and httpmime), tools alternating, " + BenchMain.COMPILE_WARM_UP
                        + " warm-up compiles each (javac in a JVM takes "
                        + "several compilations to reach its speed; with one, the first tool measured pays for the compiler's JIT), then "
                        + BenchMain.COMPILE_RUNS + ".",
                table(
                        List.of("", "ours", "OpenAPI Generator", "ratio"),
                        new String[] {
                            "Java files", num(ours.files()), num(peer.files()), Stats.ratio(peer.files(), ours.files())
                        },
                        new String[] {
                            "lines", num(ours.lines()), num(peer.lines()), Stats.ratio(peer.lines(), ours.lines())
                        },
                        new String[] {
                            "non-blank lines",
                            num(ours.nonBlankLines()),
                            num(peer.nonBlankLines()),
                            Stats.ratio(peer.nonBlankLines(), ours.nonBlankLines())
                        },
                        new String[] {
                            "bytes", num(ours.bytes()), num(peer.bytes()), Stats.ratio(peer.bytes(), ours.bytes())
                        },
                        new String[] {
                            "compile time, javac warmed up",
                            compile.get(OURS).format("ms"),
                            compile.get(PEER).format("ms"),
                            Stats.ratio(
                                    compile.get(PEER).median(),
                                    compile.get(OURS).median())
                        },
                        new String[] {
                            "compile time, fresh `javac` process (" + BenchMain.COLD_RUNS + " each, alternating)",
                            cold.get(OURS).format("ms"),
                            cold.get(PEER).format("ms"),
                            Stats.ratio(cold.get(PEER).median(), cold.get(OURS).median())
                        }));
    }

    void noop(NoopPluginRun.Result result, String notMeasured) {
        if (result == null) {
            target("A no-op plugin run under 100 ms", "not measured: " + notMeasured, null);
            section("Maven plugin, no-op run", "Not measured: " + notMeasured);
            return;
        }
        target(
                "A no-op plugin run under 100 ms",
                result.mojoMillis().format("ms") + " for the goal in a real build (Maven's class realm "
                        + "and configuration included); the up-to-date check itself, as the plugin times it, "
                        + result.checkMillis().format("ms"),
                result.mojoMillis().median() < 100);
        section(
                "Maven plugin, no-op run",
                "A throwaway project using `fluentcrm-maven-plugin:generate` with its defaults (bundled spec, `client` output) and `<mode>full</mode>` (by default the plugin would reuse the `fluentcrm-sdk` jar and have no file to check), built "
                        + "with `mvn -o generate-sources`: once to generate (`" + result.firstRunLine()
                        + "`), then, after 2.5 s, once "
                        + "with nothing changed, then "
                        + result.mojoMillis().values().size() + " more times, each logging `FluentCRM sources "
                        + "are up to date`. The goal's time is read from Maven's own log timestamps, from the goal's `---` line to the "
                        + "up-to-date line: it includes Maven creating the plugin's class realm and configuring the goal. The check's "
                        + "time is the one the plugin logs. Each no-op build is followed by one with `-Dfluentcrm.skip`, where the goal "
                        + "returns at once (class realm and configuration only). The first no-op run after generating hashes "
                        + "inputs and outputs, since stamps taken within two seconds of a file's change are not trusted; it records "
                        + "stamps that the following runs compare (\"" + result.checkHow()
                        + "\"). No peer figure: OpenAPI Generator's "
                        + "plugin has no equivalent up-to-date check (it regenerates unless `skipIfSpecIsUnchanged` is set).",
                table(
                        List.of("", "median (min..max, n)"),
                        new String[] {"plugin goal, no-op", result.mojoMillis().format("ms")},
                        new String[] {
                            "its up-to-date check (" + result.checkHow() + ")",
                            result.checkMillis().format("ms")
                        },
                        new String[] {
                            "plugin goal with `-Dfluentcrm.skip` (class realm and configuration only)",
                            result.skippedMillis().format("ms")
                        },
                        new String[] {
                            "first no-op run after generating (`" + result.firstNoopLine() + "`)",
                            Stats.num(result.firstNoopGoalMillis()) + " ms"
                        },
                        new String[] {
                            "whole `mvn` command (JVM start, project model, plugin, exit)",
                            result.commandMillis().format("ms")
                        }));
    }

    void jmh(Map<String, RunResult> results, InterleavedCalls.Rounds get, InterleavedCalls.Rounds list) {
        List<String[]> rows = new ArrayList<>();
        List<String[]> interleaved = new ArrayList<>();
        boolean withinTyped = true;
        StringBuilder typedOverheads = new StringBuilder();
        StringBuilder treeOverheads = new StringBuilder();
        for (String call : List.of("GetContact", "ListContacts")) {
            String label = call.equals("GetContact")
                    ? "`contacts().get(1)`: one contact (real answer, "
                            + kb(Fixtures.real("subscriber_single.json").length) + ")"
                    : "`contacts().list()`: one page of contacts (real answer, "
                            + kb(Fixtures.real("subscribers_list.json").length) + ")";
            Statistics sdk = results.get("sdk" + call).getPrimaryResult().getStatistics();
            Statistics tree = results.get("raw" + call).getPrimaryResult().getStatistics();
            Statistics typed = results.get("rawTyped" + call).getPrimaryResult().getStatistics();
            String unit = results.get("sdk" + call).getPrimaryResult().getScoreUnit();
            rows.add(new String[] {
                label,
                jmhFormat(sdk, unit),
                jmhFormat(typed, unit),
                percent(sdk.getPercentile(50) / typed.getPercentile(50) - 1),
                jmhFormat(tree, unit),
                percent(sdk.getPercentile(50) / tree.getPercentile(50) - 1)
            });

            InterleavedCalls.Rounds rounds = call.equals("GetContact") ? get : list;
            Stats overTyped = Stats.of(rounds.ratios(InterleavedCalls.Way.RAW_TYPED));
            Stats overTree = Stats.of(rounds.ratios(InterleavedCalls.Way.RAW_TREE));
            withinTyped &= overTyped.median() <= 1.10;
            interleaved.add(new String[] {
                label,
                Stats.of(rounds.micros().get(InterleavedCalls.Way.OURS)).format("us"),
                Stats.of(rounds.micros().get(InterleavedCalls.Way.RAW_TYPED)).format("us"),
                ratioRange(overTyped),
                Stats.of(rounds.micros().get(InterleavedCalls.Way.RAW_TREE)).format("us"),
                ratioRange(overTree)
            });
            typedOverheads
                    .append(typedOverheads.length() == 0 ? "" : ", ")
                    .append(call)
                    .append(' ')
                    .append(percent(overTyped.median() - 1));
            treeOverheads
                    .append(treeOverheads.length() == 0 ? "" : ", ")
                    .append(call)
                    .append(' ')
                    .append(percent(overTree.median() - 1));
        }
        target(
                "Client overhead within 10% of raw HttpClient + Jackson",
                "calls interleaved, median of per-round ratios: against raw "
                        + "HttpClient + Jackson binding the same records " + typedOverheads
                        + "; against raw HttpClient + Jackson building only a "
                        + "`JsonNode` tree (no typed result) " + treeOverheads,
                withinTyped);
        String ways =
                "Ours: the generated `FluentCrmClient` (request building, Basic auth, request deadline, retry policy, status mapping, "
                        + "PHP-lenient decoding into records). Raw, typed: `java.net.http.HttpClient` with the same headers, the body bound to the "
                        + "same records by Jackson with the same `PhpJson` mapper (for the list, an `ObjectReader` at `/subscribers`), no error "
                        + "handling: the overhead against it is what the client adds. Raw, tree: the same request, the body read into a "
                        + "`JsonNode`, the least Jackson can do: the overhead against it includes typed, PHP-lenient decoding. A JDK HttpServer "
                        + "on 127.0.0.1 (with TCP_NODELAY) answers real FluentCRM bodies to all three.";
        section(
                "Client overhead per call, interleaved",
                ways + " " + BenchMain.INTERLEAVED_ROUNDS + " rounds after one unrecorded; each round makes "
                        + BenchMain.INTERLEAVED_CALLS
                        + " calls in each way, in a rotating order, and the overhead is the median of the per-round ratios, "
                        + "so a drift of the machine's speed over minutes cancels out; with it, a 95% confidence interval of that "
                        + "median (order statistics) and the range of single rounds, which on this VM is wide. The target is judged here, on the typed "
                        + "baseline, the one that produces the same result.",
                table(
                        List.of(
                                "call",
                                "ours",
                                "raw + Jackson, same records",
                                "ours / that",
                                "raw + Jackson, tree only",
                                "ours / that"),
                        interleaved.toArray(String[][]::new)));
        section(
                "Client overhead per call (JMH)",
                "The same three ways as JMH benchmarks: JMH 1.37, average time per call, " + BenchMain.JMH_FORKS
                        + " forks, "
                        + BenchMain.JMH_WARMUP + " x 2 s warm-up, " + BenchMain.JMH_ITERATIONS
                        + " x 2 s measurement each; the spread "
                        + "is over the measured iterations of all forks. JMH runs the benchmarks one after another, so a drift of the "
                        + "machine between them enters these ratios; the interleaved figures above do not have that bias.",
                table(
                        List.of(
                                "call",
                                "ours",
                                "raw + Jackson, same records",
                                "overhead",
                                "raw + Jackson, tree only",
                                "overhead"),
                        rows.toArray(String[][]::new)));
        Statistics sdk = results.get("sdkDecodePage").getPrimaryResult().getStatistics();
        Statistics raw = results.get("rawDecodePage").getPrimaryResult().getStatistics();
        String unit = results.get("sdkDecodePage").getPrimaryResult().getScoreUnit();
        section(
                "Decoding a page of 1,000 contacts (JMH)",
                "One `GET /subscribers` answer (" + kb(Fixtures.contactsPage(1000).length)
                        + ") built from the real one: its envelope and first contact with tags and lists, "
                        + "repeated 1,000 times with distinct ids and emails. No HTTP. Ours: what `ApiExecutor` calls "
                        + "(`JsonParts.read`: the `PhpJson` mapper binding `/subscribers` as `Page<Contact>` while streaming). Raw: plain Jackson `readTree` of the same body. "
                        + "Same JMH settings as above.",
                table(List.of("", "ours (typed Page<Contact>)", "raw Jackson (JsonNode tree)", "ratio"), new String[] {
                    "decode 1,000 contacts",
                    jmhFormat(sdk, unit),
                    jmhFormat(raw, unit),
                    String.format(Locale.ROOT, "%.2fx", sdk.getPercentile(50) / raw.getPercentile(50))
                }));
    }

    private static String jmhFormat(Statistics stats, String unit) {
        return String.format(
                Locale.ROOT,
                "%s %s (%s..%s, n=%d)",
                Stats.num(stats.getPercentile(50)),
                unit,
                Stats.num(stats.getMin()),
                Stats.num(stats.getMax()),
                stats.getN());
    }

    void finish() {
        loadAtEnd = Machine.loadAverage();
        duration = String.format(Locale.ROOT, "%.1f min", (System.nanoTime() - startNanos) / 60e9);
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Benchmarks\n\n");
        out.append(
                "Written by the `bench` module; every figure is a median with its spread (min..max over n runs), and every ratio compares "
                        + "tools measured in the same run. Regenerate with the command below; the targets are reported here, never asserted by tests.\n\n");
        out.append("- Date: ").append(started).append("\n");
        out.append("- Command: `").append(command).append("`\n");
        out.append("- Machine: ").append(machine).append("\n");
        out.append("- JDK: ").append(Machine.jdk()).append("\n");
        out.append("- Load average (1 min) at start / end: ")
                .append(loadAtStart)
                .append(" / ")
                .append(loadAtEnd)
                .append(
                        " (2 vCPUs of a virtual machine: the bench's own forked JVMs and Maven builds count in it, and steal time from neighbours widens the spreads)\n");
        out.append("- Duration of the run: ").append(duration).append("\n");
        out.append(
                "- Peer: OpenAPI Generator " + PEER_VERSION
                        + " (`org.openapitools:openapi-generator-cli`), generator `java`, library `native`, as a library in the same JVM\n");
        out.append("- Spec: the bundled `spec/target/fluentcrm-openapi.yaml` (323 operations, 28 modules)\n\n");
        out.append("## Targets\n\n");
        out.append("| target | measured | met |\n| --- | --- | --- |\n");
        targets.forEach(t -> out.append(t).append("\n"));
        out.append("\n");
        sections.forEach(s -> out.append(s).append("\n"));
        return out.toString();
    }

    void target(String what, String measured, Boolean met) {
        targets.add("| " + what + " | " + measured + " | " + (met == null ? "not measured" : met ? "yes" : "**no**")
                + " |");
    }

    void serverThroughput(ServerThroughput.Result result) {
        List<String[]> rows = new ArrayList<>();
        result.perSecond().forEach((key, rounds) -> {
            String[] subjectAndEngine = key.split(" \\| ", 2);
            rows.add(new String[] {
                subjectAndEngine[0],
                subjectAndEngine[1],
                String.format(Locale.ROOT, "%.0f", result.median(key)),
                rounds.stream()
                        .map(r -> String.format(Locale.ROOT, "%.0f", r))
                        .toList()
                        .toString()
            });
        });
        section(
                "Server throughput on loopback, HTTP engine before and after",
                "Requests per second of the mock and of a served implementation, each on the JDK's HttpServer (the "
                        + "engine before issue 17, kept in the bench only) and on Jetty 12 (the engine now), alternating "
                        + "round by round in one JVM after a warm-up round; " + result.requestsPerRound()
                        + " keep-alive requests a round from " + result.clients() + " client threads.",
                table(List.of("subject", "engine", "median requests/s", "rounds"), rows.toArray(String[][]::new)));
    }

    void section(String title, String text, String... tables) {
        StringBuilder out = new StringBuilder("## ")
                .append(title)
                .append("\n\n")
                .append(text)
                .append("\n\n");
        for (String table : tables) {
            out.append(table).append("\n");
        }
        sections.add(out.toString());
    }

    private static String[] row(Generators tool, String... cells) {
        String[] row = new String[cells.length + 1];
        row[0] = tool.label;
        System.arraycopy(cells, 0, row, 1, cells.length);
        return row;
    }

    static String table(List<String> header, String[]... rows) {
        StringBuilder out =
                new StringBuilder("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> out.append(" --- |"));
        out.append("\n");
        for (String[] row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return out.toString();
    }

    private static String kb(int bytes) {
        return String.format(Locale.ROOT, "%,.1f KB", bytes / 1024.0);
    }

    private static String num(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%+.1f%%", fraction * 100);
    }

    /** {@code +4.0% (95% CI +2.1%..+6.3%; rounds -20%..+70%)}. */
    private static String ratioRange(Stats ratios) {
        double[] interval = ratios.medianInterval95();
        return percent(ratios.median() - 1) + " (95% CI " + percent(interval[0] - 1) + ".." + percent(interval[1] - 1)
                + "; rounds " + percent(ratios.min() - 1) + ".." + percent(ratios.max() - 1) + ")";
    }

    private static String peerVersion() {
        try (InputStream in = Report.class.getResourceAsStream(
                "/META-INF/maven/org.openapitools/openapi-generator-cli/pom.properties")) {
            if (in == null) {
                return "(version unknown)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(version unknown)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
