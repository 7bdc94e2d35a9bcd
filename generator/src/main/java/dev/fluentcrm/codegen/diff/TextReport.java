package dev.fluentcrm.codegen.diff;

/** One line per change (weight, kind, where, Java element, what), then a summary line. */
final class TextReport {
    private TextReport() {}

    static String render(DiffReport report, String sdkVersion) {
        StringBuilder out = new StringBuilder()
                .append("Spec diff: ")
                .append(Verdict.side(report.oldSide()))
                .append(" -> ")
                .append(Verdict.side(report.newSide()))
                .append('\n');
        for (Change change : report.changes()) {
            out.append(change.breaking() ? "BREAKING" : change.bump().id())
                    .append(' ')
                    .append(change.kind().id())
                    .append(' ')
                    .append(change.location())
                    .append(": ")
                    .append(change.javaElement())
                    .append(": ")
                    .append(change.message());
            if (change.pointer() != null) {
                out.append(" [").append(change.pointer()).append(']');
            }
            out.append('\n');
        }
        if (report.isEmpty()) {
            out.append("No changes.\n");
        } else {
            out.append(Verdict.counts(report)).append(".\n");
        }
        out.append("Version bump: ").append(Verdict.bump(report));
        if (sdkVersion != null && report.bump() != Bump.NONE) {
            out.append("; after ")
                    .append(sdkVersion)
                    .append(" comes ")
                    .append(report.bump().next(sdkVersion));
        }
        return out.append(".\n").toString();
    }
}
