package dev.fluentcrm.codegen.diff;

/** The sentence every format ends with: how many changes of each weight, and the release they call for. */
final class Verdict {
    private Verdict() {}

    static String counts(DiffReport report) {
        long major = count(report, Bump.MAJOR);
        long minor = count(report, Bump.MINOR);
        long patch = count(report, Bump.PATCH);
        int total = report.changes().size();
        return total + (total == 1 ? " change" : " changes") + ": " + major + " breaking, " + minor
                + " adding to the API, " + patch + " compatible";
    }

    /** {@code major (while the SDK is 0.x: minor)}; for no change, {@code none}. */
    static String bump(DiffReport report) {
        Bump bump = report.bump();
        if (bump == Bump.NONE) {
            return "none";
        }
        return bump.id() + " (while the SDK is 0.x: " + bump.beforeOne().id() + ")";
    }

    static String side(DiffReport.Side side) {
        return side.label() + (side.specVersion().isEmpty() ? "" : " (info.version " + side.specVersion() + ")");
    }

    private static long count(DiffReport report, Bump bump) {
        return report.changes().stream().filter(c -> c.bump() == bump).count();
    }
}
