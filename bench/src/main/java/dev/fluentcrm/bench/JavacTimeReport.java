package dev.fluentcrm.bench;

import dev.fluentcrm.bench.JavacTime.Cut;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The section of BENCHMARKS.md on where javac spends its time. */
final class JavacTimeReport {
    /** What each stop adds, in the words of javac's own phase names. */
    private static final Map<String, String> PHASE_WORK = Map.of(
            "PARSE", "start of the `javac` JVM, reading the platform's and the class path's symbols, parsing",
            "ENTER", "entering classes and members, resolving imports, completing referenced classes, annotations",
            "ATTR", "attribution: types of every expression, overload resolution, inference",
            "FLOW", "flow analysis (definite assignment, reachability, exceptions)",
            "LOWER", "desugaring: generics erased, inner classes, lambdas, records' members",
            "null", "writing the class files");

    private JavacTimeReport() {}

    static void add(Report report, JavacTime.Phases phases, JavacTime.Cuts cuts, int runs) {
        Generators ours = Generators.OURS;
        Generators peer = Generators.OPENAPI_GENERATOR;
        List<String[]> phaseRows = new ArrayList<>();
        double oursBefore = 0;
        double peerBefore = 0;
        for (String stop : JavacTime.STOPS) {
            String key = String.valueOf(stop);
            Stats o = phases.byTool().get(ours).get(key);
            Stats p = phases.byTool().get(peer).get(key);
            phaseRows.add(new String[] {
                stop == null ? "whole compilation" : "until " + stop,
                PHASE_WORK.get(key),
                o.format("ms"),
                "+" + Stats.num(o.median() - oursBefore) + " ms",
                p.format("ms"),
                "+" + Stats.num(p.median() - peerBefore) + " ms"
            });
            oursBefore = o.median();
            peerBefore = p.median();
        }
        Stats whole = cuts.millis().get(Cut.NONE);
        List<String[]> cutRows = new ArrayList<>();
        for (Cut cut : Cut.values()) {
            Stats millis = cuts.millis().get(cut);
            JavaSources.Size size = cuts.sizes().get(cut);
            cutRows.add(new String[] {
                cut.label,
                String.format(Locale.ROOT, "%,d", size.lines()),
                millis.format("ms"),
                cut == Cut.NONE
                        ? "-"
                        : String.format(
                                Locale.ROOT,
                                "%,.0f ms (%.0f%%)",
                                whole.median() - millis.median(),
                                100 * (whole.median() - millis.median()) / whole.median())
            });
        }
        report.section(
                "Where javac spends its time (fresh `javac`)",
                "Each tool's client compiled by a fresh `javac` process (the same options and class paths as above),"
                        + " stopped after each phase with `-XDshould-stop.ifNoError=<PHASE>`: a row's increment is what"
                        + " that phase costs. The stops and tools alternate, " + runs + " runs each. On two cores a"
                        + " fresh javac also shares the machine with its own JIT compiler threads, so every phase"
                        + " includes the cost of getting javac's code compiled.",
                Report.table(
                        List.of("stop", "work", "ours", "ours, this phase", "OpenAPI Generator", "theirs, this phase"),
                        phaseRows.toArray(String[][]::new)),
                "\nWhat the parts of our client cost: copies of it with one kind of code taken out (measurements"
                        + " only: the copies are not shipped, and the builders serve users), compiled the same way,"
                        + " alternating, " + runs + " runs each.\n",
                Report.table(
                        List.of("our client", "lines", "fresh `javac`", "saved"), cutRows.toArray(String[][]::new)));
    }
}
