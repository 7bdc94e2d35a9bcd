package dev.fluentcrm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Generations in fresh JVMs ({@link ColdRun}), alternating the tools: wall time of the whole
 * process (JVM start included), the generation alone, and memory.
 */
final class ColdRuns {
    static final List<String> JVM_OPTIONS = List.of("-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");

    record Result(Map<Generators, Map<String, Stats>> figures) {
        Stats get(Generators tool, String key) {
            return figures.get(tool).get(key);
        }
    }

    private final Path work;
    private final Path spec;

    ColdRuns(Path work, Path spec) {
        this.work = work;
        this.spec = spec;
    }

    Result measure(int runs) throws IOException, InterruptedException {
        Map<Generators, Map<String, List<Double>>> values = new EnumMap<>(Generators.class);
        for (int round = 0; round < runs; round++) {
            for (Generators tool : Generators.values()) {
                Map<String, Double> run = run(tool);
                System.out.println("  " + tool.label + " cold round " + (round + 1) + ": " + run);
                run.forEach((key, value) -> values.computeIfAbsent(tool, t -> new HashMap<>())
                        .computeIfAbsent(key, k -> new ArrayList<>())
                        .add(value));
            }
        }
        return new Result(Stats.ofEach(values));
    }

    private Map<String, Double> run(Generators tool) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                ColdRun.class.getName(),
                tool.name(),
                spec.toString(),
                BenchMain.fresh(work, "cold-" + tool.name().toLowerCase()).toString()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(tool.label + " failed in a fresh JVM:\n" + output);
        }
        double wall = (System.nanoTime() - start) / 1e6;
        Map<String, Double> figures = new HashMap<>();
        figures.put("process_ms", wall);
        String line = output.lines()
                .filter(l -> l.startsWith("COLD "))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No result from " + tool.label + ":\n" + output));
        for (String pair : line.substring(5).split(" ")) {
            String[] kv = pair.split("=");
            figures.put(kv[0], Double.parseDouble(kv[1]));
        }
        return figures;
    }
}
