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

    /**
     * Spec names the messages quote ({@code 'sort_by'}) become code spans; in the rest, what Markdown
     * would read as markup ({@code List<Contact>} as an HTML tag, {@code *} as emphasis) is escaped.
     * A label holds no quotes: it is escaped throughout.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '\'' ? text.indexOf('\'', i + 1) : -1;
            if (close > i && text.substring(i + 1, close).indexOf('`') < 0) {
                String quoted = text.substring(i + 1, close);
                out.append(quoted.isEmpty() ? "`''`" : "`" + quoted + "`");
                i = close + 1;
                continue;
            }
            if ("\\`*<>[]".indexOf(c) >= 0 || (c == '_' && !between(text, i))) {
                out.append('\\');
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Whether the character at {@code i} has a letter or digit on both sides, where {@code _} is no markup. */
    private static boolean between(String text, int i) {
        return i > 0
                && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }
}
