package dev.fluentcrm.bench;

import dev.fluentcrm.spec.FluentCrmSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a user's CI pays on every clean build: consumer projects built from clean ({@code target}
 * deleted, untimed) in a fresh Maven process each, the projects alternating, for
 * {@code generate-sources} and for {@code compile}. The time is the whole {@code mvn} process; the
 * peak memory is its maximum resident set ({@code /usr/bin/time -f %M}: the Maven JVM, javac
 * included, since the compiler plugin runs javac in that JVM).
 */
final class ConsumerBuild {
    /** The newest OpenAPI Generator Maven plugin that resolves here (its output for our spec does not compile). */
    static final String PEER_FALLBACK = "7.17.0";

    /** The projects, all with the same groupId, Java release and a class that uses the client. */
    enum Project {
        EMPTY("empty build (no plugin, `fluentcrm-sdk` jar)"),
        OURS_DEFAULT("ours, default config (`fluentcrm-sdk` jar, nothing to generate)"),
        OURS_OVERLAY("ours, default config + one overlay endpoint"),
        OURS_FULL("ours, full generation in a renamed package"),
        PEER("OpenAPI Generator Maven plugin (`java`, `native`)"),
        OURS_FULL_C1("ours, full generation in a renamed package, Maven's JVM with `" + C1_ONLY + "`"),
        PEER_C1("OpenAPI Generator Maven plugin (`java`, `native`), Maven's JVM with `" + C1_ONLY + "`");

        final String label;

        Project(String label) {
            this.label = label;
        }

        String directory() {
            return name().toLowerCase().replace('_', '-');
        }

        /** The project whose POM and sources this one has: itself, or the one it runs with other JVM options. */
        Project base() {
            return switch (this) {
                case OURS_FULL_C1 -> OURS_FULL;
                case PEER_C1 -> PEER;
                default -> this;
            };
        }

        /** Options for Maven's JVM, written to {@code .mvn/jvm.config}; empty for none. */
        String jvmConfig() {
            return base() == this ? "" : C1_ONLY;
        }

        boolean isPeer() {
            return base() == PEER;
        }

        /** The peer project measured under the same JVM options, for the ratios. */
        Project peer() {
            return jvmConfig().isEmpty() ? PEER : PEER_C1;
        }
    }

    /**
     * Only the JIT's first tier: on two cores a clean build's short-lived Maven JVM spends much of a
     * core on C2 compilations that pay off only in longer runs. Measured for both tools, as what a
     * user can put in {@code .mvn/jvm.config}; the targets are judged on the default JVM.
     */
    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    static final List<String> PHASES = List.of("generate-sources", "compile");

    /** One project and phase: whole-process milliseconds and peak resident memory in MiB. */
    record Measurement(Stats millis, Stats peakMib) {}

    /** Every measurement, the peer plugin's version and why it is that one, the Java files each build generated. */
    record Result(
            Map<Project, Map<String, Measurement>> byProject,
            String peerVersion,
            String peerNote,
            Map<Project, Long> generatedFiles) {}

    private final Path mvn;
    private final Path root;
    private final Path spec;
    private final String version;
    private final String jacksonVersion;
    private final String localRepository;
    private ConsumerProjects.PeerRunner peerRunner = ConsumerProjects.PeerRunner.MAVEN_PLUGIN;

    ConsumerBuild(Path mavenHome, Path work, Path spec, String version, String jacksonVersion, String localRepository) {
        this.mvn = mavenHome.resolve("bin/mvn");
        this.root = work.resolve("consumer-build");
        this.spec = spec;
        this.version = version;
        this.jacksonVersion = jacksonVersion;
        this.localRepository = localRepository;
    }

    Result measure(int runs, String wantedPeerVersion) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/time"))) {
            throw new IllegalStateException("/usr/bin/time is needed for the peak memory");
        }
        Generators.deleteTree(root);
        for (Project project : Project.values()) {
            write(project, wantedPeerVersion);
        }
        // One unrecorded build of each: fills the file cache and, for the peer, tells whether its
        // Maven plugin resolves (online, once, so the measured builds can all run offline) and
        // whether what it generates compiles.
        String peerVersion = wantedPeerVersion;
        String peerNote = "the version the parent POM pins (`openapi-generator.version`), through its Maven plugin";
        Map<Project, Long> generated = new EnumMap<>(Project.class);
        for (Project project : Project.values()) {
            if (project.isPeer()) {
                // Written again: the runner may have changed when the first peer project was tried.
                write(project, peerVersion);
            }
            Run warm = build(project, "compile", !project.isPeer());
            if (!warm.ok() && project.isPeer() && peerRunner == ConsumerProjects.PeerRunner.MAVEN_PLUGIN) {
                String why = warm.failure();
                peerRunner = ConsumerProjects.PeerRunner.EXEC_JAVA;
                peerNote = "its Maven plugin " + wantedPeerVersion + " cannot be used here (" + why
                        + "), so the same release's generator (`openapi-generator-cli`, the jar the in-process"
                        + " sections use) runs in the Maven JVM through `exec-maven-plugin:java` in `generate-sources`,"
                        + " its output added as a source root by `build-helper-maven-plugin`; the "
                        + PEER_FALLBACK + " Maven plugin, the newest that resolves, generates `java`/`native` code"
                        + " for this spec that does not compile (`List<Object>.class` in oneOf models)";
                write(project, peerVersion);
                warm = build(project, "compile", false);
            }
            if (!warm.ok()) {
                throw new IllegalStateException(project + " does not build: " + warm.failure());
            }
            generated.put(project, countJava(root.resolve(project.directory()).resolve("target/generated-sources")));
        }
        Map<Project, Map<String, List<Double>>> millis = new EnumMap<>(Project.class);
        Map<Project, Map<String, List<Double>>> peaks = new EnumMap<>(Project.class);
        for (String phase : PHASES) {
            for (int round = 0; round < runs; round++) {
                for (Project project : Project.values()) {
                    Run run = build(project, phase, true);
                    if (!run.ok()) {
                        throw new IllegalStateException(project + " " + phase + " failed: " + run.failure());
                    }
                    System.out.printf(
                            "  %s %s round %d: %.0f ms, %.0f MiB%n",
                            project.directory(), phase, round + 1, run.millis(), run.peakMib());
                    millis.computeIfAbsent(project, p -> new HashMap<>())
                            .computeIfAbsent(phase, p -> new ArrayList<>())
                            .add(run.millis());
                    peaks.computeIfAbsent(project, p -> new HashMap<>())
                            .computeIfAbsent(phase, p -> new ArrayList<>())
                            .add(run.peakMib());
                }
            }
        }
        Map<Project, Map<String, Measurement>> results = new EnumMap<>(Project.class);
        millis.forEach((project, byPhase) -> byPhase.forEach((phase, values) -> results.computeIfAbsent(
                        project, p -> new LinkedHashMap<>())
                .put(
                        phase,
                        new Measurement(
                                Stats.of(values), Stats.of(peaks.get(project).get(phase))))));
        return new Result(results, peerVersion, peerNote, generated);
    }

    private record Run(boolean ok, double millis, double peakMib, String failure) {}

    /** One build from clean: {@code target} deleted first (untimed), then {@code mvn -B -q [-o] phase}. */
    private Run build(Project project, String phase, boolean offline) throws IOException, InterruptedException {
        Path dir = root.resolve(project.directory());
        Generators.deleteTree(dir.resolve("target"));
        Path peak = root.resolve(project.directory() + ".rss");
        Files.deleteIfExists(peak);
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M", "-o", peak.toString()));
        command.add(mvn.toString());
        if (offline) {
            command.add("-o");
        }
        command.addAll(List.of("-B", "-q", "-ntp"));
        if (localRepository != null) {
            command.add("-Dmaven.repo.local=" + localRepository);
        }
        command.add(phase);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String output;
        try (var in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Run(false, 0, 0, "no end after 10 minutes");
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (process.exitValue() != 0) {
            return new Run(false, millis, 0, firstError(output));
        }
        List<String> lines = Files.readAllLines(peak);
        double kib = Double.parseDouble(lines.get(lines.size() - 1).strip());
        return new Run(true, millis, kib / 1024, null);
    }

    /** Maven's first error line, without the colour codes it writes even in batch mode. */
    private static String firstError(String output) {
        return output.lines()
                .map(line -> line.replaceAll("\u001B\\[[0-9;]*m", ""))
                .filter(line -> line.startsWith("[ERROR]") && line.length() > 8)
                .findFirst()
                .map(line -> line.substring(8).replaceAll("\\s+", " "))
                .map(line -> line.length() > 300 ? line.substring(0, 300) + "..." : line)
                .orElse(output.length() > 300 ? output.substring(output.length() - 300) : output);
    }

    private static long countJava(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).count();
        }
    }

    private void write(Project project, String peerVersion) throws IOException {
        Path dir = root.resolve(project.directory());
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve("pom.xml"),
                ConsumerProjects.pom(project, version, peerVersion, peerRunner, jacksonVersion, spec));
        Path sources = dir.resolve("src/main/java/com/acme/app");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve("Crm.java"), ConsumerProjects.source(project.base()));
        if (!project.jvmConfig().isEmpty()) {
            Files.createDirectories(dir.resolve(".mvn"));
            Files.writeString(dir.resolve(".mvn/jvm.config"), project.jvmConfig() + "\n");
        }
        if (project == Project.OURS_OVERLAY) {
            Files.writeString(dir.resolve("loyalty.yaml"), ConsumerProjects.OVERLAY);
        }
    }

    /**
     * Runs this section alone, for checking it without the whole bench: the same system properties
     * as {@link BenchMain}, plus {@code bench.consumerRuns} (default 5). Prints the section.
     */
    public static void main(String[] args) throws Exception {
        Path work = Path.of(BenchMain.property("bench.work"));
        Path spec = work.resolve("spec/fluentcrm-openapi.yaml");
        Files.createDirectories(spec.getParent());
        try (var in = FluentCrmSpec.openYaml()) {
            Files.copy(in, spec, StandardCopyOption.REPLACE_EXISTING);
        }
        Result result = of(work, spec).measure(Integer.getInteger("bench.consumerRuns", 5), peerVersion());
        Report report = new Report(Machine.describe(), "ConsumerBuild alone");
        ConsumerBuildReport.add(report, result);
        report.finish();
        System.out.println(report.markdown());
    }

    /** The section's builder from the bench's system properties. */
    static ConsumerBuild of(Path work, Path spec) {
        return new ConsumerBuild(
                Path.of(BenchMain.property("bench.mavenHome")),
                work,
                spec,
                BenchMain.property("bench.version"),
                BenchMain.property("bench.jacksonVersion"),
                System.getProperty("bench.localRepository"));
    }

    /** The OpenAPI Generator version the parent POM pins. */
    static String peerVersion() {
        return BenchMain.property("bench.openapiGeneratorVersion");
    }
}
