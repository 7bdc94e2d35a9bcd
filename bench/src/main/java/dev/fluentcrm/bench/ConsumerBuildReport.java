package dev.fluentcrm.bench;

import dev.fluentcrm.bench.ConsumerBuild.Measurement;
import dev.fluentcrm.bench.ConsumerBuild.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code consumer-build} section of BENCHMARKS.md, and its targets. */
final class ConsumerBuildReport {
    private ConsumerBuildReport() {}

    static void add(Report report, ConsumerBuild.Result result) {
        Measurement empty = result.byProject().get(Project.EMPTY).get("compile");
        Measurement peer = result.byProject().get(Project.PEER).get("compile");
        for (Project ours : List.of(Project.OURS_DEFAULT, Project.OURS_OVERLAY)) {
            Measurement compile = result.byProject().get(ours).get("compile");
            double ratio = peer.millis().median() / compile.millis().median();
            double overEmpty = compile.millis().median() - empty.millis().median();
            report.target(
                    "Clean `compile` of a consumer, " + ours.label
                            + ": at least 5x faster than OpenAPI Generator's plugin, within 1.5 s of an empty build",
                    Stats.ratio(peer.millis().median(), compile.millis().median()) + " faster; "
                            + signedMillis(overEmpty) + " over the empty build",
                    ratio >= 5 && overEmpty <= 1500);
        }
        Measurement full = result.byProject().get(Project.OURS_FULL).get("compile");
        report.target(
                "Clean `compile` of a consumer, full generation in a renamed package: at least 2.5x faster than"
                        + " OpenAPI Generator's plugin",
                Stats.ratio(peer.millis().median(), full.millis().median()) + " faster",
                peer.millis().median() / full.millis().median() >= 2.5);

        List<String[]> rows = new ArrayList<>();
        for (Project project : Project.values()) {
            Measurement generate = result.byProject().get(project).get("generate-sources");
            Measurement compile = result.byProject().get(project).get("compile");
            // Each row against the peer built with the same JVM options.
            Measurement itsPeer = result.byProject().get(project.peer()).get("compile");
            rows.add(new String[] {
                project.label,
                String.valueOf(result.generatedFiles().get(project)),
                generate.millis().format("ms"),
                compile.millis().format("ms"),
                project.isPeer()
                        ? "1x"
                        : Stats.ratio(
                                itsPeer.millis().median(), compile.millis().median()),
                signedMillis(compile.millis().median() - empty.millis().median()),
                compile.peakMib().format("MiB"),
                project.isPeer()
                        ? "1x"
                        : Stats.ratio(
                                itsPeer.peakMib().median(), compile.peakMib().median())
            });
        }
        int runs = empty.millis().values().size();
        report.section(
                "Consumer build from clean (`consumer-build`)",
                "What a user's CI pays on every build: five small projects (and two of them again with Maven's JVM"
                        + " limited to the JIT's first tier, `.mvn/jvm.config` holding `" + ConsumerBuild.C1_ONLY
                        + "`: a setting users can choose; each of those rows is compared with the peer under the same"
                        + " setting, and the targets are judged on the default JVM), each with one class using the client, built with"
                        + " `mvn -o -B -q <phase>` after deleting `target` (untimed), a fresh Maven process per build, the"
                        + " projects alternating, " + runs
                        + " builds each per phase after one unrecorded build of each."
                        + " Time is the whole `mvn` process (JVM start to exit); peak memory is its maximum resident set"
                        + " (`/usr/bin/time -f %M`: the Maven JVM, with the in-process javac of `compile`). Ours by default"
                        + " (the bundled spec in the default package) reuses the `fluentcrm-sdk` jar and generates only what"
                        + " overlays add (here one endpoint: its module and model); with `<packageName>com.acme.crm` it"
                        + " generates the whole client. The peer is OpenAPI Generator's Maven plugin "
                        + result.peerVersion() + " (" + result.peerNote()
                        + ") on the same bundled spec, `java` generator,"
                        + " `native` library, API and model tests and docs off, with the dependencies its output needs"
                        + " (Jackson with JSR-310, jackson-databind-nullable, Jakarta annotations, JSR-305, httpmime). The empty"
                        + " build is the default project without the plugin: what Maven costs anyway.",
                Report.table(
                        List.of(
                                "project",
                                "Java files generated",
                                "`generate-sources`",
                                "`compile` (generate + javac)",
                                "`compile` vs peer",
                                "`compile` over the empty build",
                                "peak memory of `compile`",
                                "memory vs peer"),
                        rows.toArray(String[][]::new)));
    }

    private static String signedMillis(double millis) {
        return String.format(Locale.ROOT, "%+,.0f ms", millis);
    }
}
