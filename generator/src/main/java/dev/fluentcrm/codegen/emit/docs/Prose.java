package dev.fluentcrm.codegen.emit.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spec's descriptions (CommonMark) as the pages need them: a Markdown table cell (one line,
 * pipes escaped) or HTML paragraphs. Only what the spec's prose uses is turned into HTML
 * ({@code `code`}, {@code **strong**}, links, paragraphs and bullet lists); everything else is
 * escaped text, so a description can never inject markup into the page.
 */
final class Prose {
    private static final Pattern INLINE =
            Pattern.compile("`([^`]+)`|\\*\\*([^*]+)\\*\\*|\\[([^\\]]+)\\]\\((https?://[^)\\s]+)\\)");

    private Prose() {}

    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** One line, for a Markdown table cell. */
    static String cell(String value) {
        return text(value).replaceAll("\\s*\\R\\s*", " ").replace("|", "\\|");
    }

    /** Paragraphs and lists as HTML: lines starting with {@code - } or {@code * } are list items, the rest paragraphs. */
    static String html(String value) {
        StringBuilder out = new StringBuilder();
        for (String block : text(value).split("\\R\\s*\\R")) {
            List<String> paragraph = new ArrayList<>();
            boolean inList = false;
            for (String line : block.lines().map(String::strip).toList()) {
                if (line.startsWith("- ") || line.startsWith("* ")) {
                    paragraph = flush(out, paragraph);
                    out.append(inList ? "</li><li>" : "<ul><li>").append(inline(line.substring(2)));
                    inList = true;
                } else if (inList) {
                    out.append(' ').append(inline(line)); // the item goes on on the next line
                } else {
                    paragraph.add(line);
                }
            }
            if (inList) {
                out.append("</li></ul>");
            }
            flush(out, paragraph);
        }
        return out.toString();
    }

    private static List<String> flush(StringBuilder out, List<String> lines) {
        if (!lines.isEmpty()) {
            out.append("<p>").append(inline(String.join(" ", lines))).append("</p>");
        }
        return new ArrayList<>();
    }

    /** One line of HTML, for a table cell. */
    static String inlineHtml(String value) {
        return inline(text(value).replaceAll("\\s*\\R\\s*", " "));
    }

    private static String inline(String text) {
        Matcher matcher = INLINE.matcher(text);
        List<String> parts = new ArrayList<>();
        int last = 0;
        while (matcher.find()) {
            parts.add(escape(text.substring(last, matcher.start())));
            if (matcher.group(1) != null) {
                parts.add("<code>" + escape(matcher.group(1)) + "</code>");
            } else if (matcher.group(2) != null) {
                parts.add("<strong>" + escape(matcher.group(2)) + "</strong>");
            } else {
                // Links leave the page only when a reader follows them; the page itself loads nothing.
                parts.add("<a href=\"" + escape(matcher.group(4)) + "\" rel=\"noreferrer\">" + escape(matcher.group(3))
                        + "</a>");
            }
            last = matcher.end();
        }
        parts.add(escape(text.substring(last)));
        return String.join("", parts);
    }

    static String escape(String value) {
        return value.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
