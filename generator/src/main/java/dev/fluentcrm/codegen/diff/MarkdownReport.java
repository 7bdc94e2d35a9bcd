package dev.fluentcrm.codegen.diff;

import java.util.List;

/**
 * A changelog entry: a heading (the next version, or "Unreleased"), what was compared and the
 * bump, then the breaking changes, the additions and the other changes as lists.
 */
final class MarkdownReport {
    private MarkdownReport() {}

    static String render(DiffReport report, String sdkVersion) {
        StringBuilder out = new StringBuilder()
                .append("## ")
                .append(sdkVersion == null ? "Unreleased" : report.bump().next(sdkVersion))
                .append("\n\n")
                .append("Spec changes from ")
                .append(escape(Verdict.side(report.oldSide())))
                .append(" to ")
                .append(escape(Verdict.side(report.newSide())))
                .append(". Version bump: ")
                .append(Verdict.bump(report))
                .append(".\n");
        if (report.isEmpty()) {
            return out.append("\nNo changes to the SDK.\n").toString();
        }
        section(out, "Breaking changes", report, Bump.MAJOR);
        section(out, "Added", report, Bump.MINOR);
        section(out, "Other changes", report, Bump.PATCH);
        return out.append('\n').append(Verdict.counts(report)).append(".\n").toString();
    }

    private static void section(StringBuilder out, String title, DiffReport report, Bump bump) {
        List<Change> changes =
                report.changes().stream().filter(c -> c.bump() == bump).toList();
        if (changes.isEmpty()) {
            return;
        }
        out.append("\n### ").append(title).append("\n\n");
        for (Change change : changes) {
            out.append("- `")
                    .append(change.javaElement())
                    .append("` (")
                    .append(change.kind().id())
                    .append(", `")
                    .append(change.location())
                    .append("`): ")
                    .append(escape(change.message()))
                    .append('\n');
        }
    }

    /** Keeps Markdown from reading spec text ({@code List<Contact>}, {@code sort_type}, {@code *}) as markup. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_<>[]#|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
